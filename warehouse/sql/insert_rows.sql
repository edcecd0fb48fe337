-- Append an incoming Arrow relation to its table by column name; {table} comes only from transforms.schemas.
insert into {table} by name select * from {incoming}
