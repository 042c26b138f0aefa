-- Room for "ATTACHMENT:<id>" with any id (V4 was already applied on existing databases, so it is not edited).
alter table case_read_audit alter column what type varchar(60);
