-- A rendition that prints no symbol is keyed by the one its body's numbering gives; this says so.
alter table meetings add column if not exists symbol_derived boolean;
comment on column meetings.symbol_derived is 'True when the record printed no symbol and none came from the catalogue or file name, so the symbol was derived from the body, session and meeting number the masthead prints (CRC/C/SR.1697).';
comment on column meetings.symbol is 'UN document symbol as printed or catalogued, or derived from the body and meeting number when the record prints none (then symbol_derived); null when unknown.';
