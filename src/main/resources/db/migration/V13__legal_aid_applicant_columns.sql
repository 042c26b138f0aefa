-- The applicant is now the shared PersonalIdentity embeddable (name, id_number, phone), as on wage complaints.
alter table legal_aid_request rename column applicant_name to name;
alter table legal_aid_request rename column applicant_id_number to id_number;
alter table legal_aid_request rename column applicant_phone to phone;
comment on column legal_aid_request.name is 'The applicant (法律援助申请人).';
