-- sessions: one row per session of a UN body (the CMW's fourteenth session is CMW-14).
create table if not exists sessions (
    session_id varchar,
    body varchar,
    body_name varchar,
    session_number integer
);
comment on table sessions is 'One row per session of a UN body; meetings belong to a session.';
comment on column sessions.session_id is 'Body code and session number, e.g. CMW-14; the key.';
comment on column sessions.body is 'Body code: CMW, CRC, CEDAW, CCPR, CESCR, CERD, CAT, CRPD, CED, SPT, HRC, A/C.3, SC, GA.';
comment on column sessions.body_name is 'Full name of the body, e.g. Committee against Torture.';
comment on column sessions.session_number is 'Session number as printed in words or ordinals (Fourteenth session -> 14); for the Security Council the year of its work.';
