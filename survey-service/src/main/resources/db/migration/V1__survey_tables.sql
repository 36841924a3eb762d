-- The tables of survey-service, version 1: what its entities mapped when the service moved from Hibernate's
-- schema update to migrations (generated from them, then formatted). A database that the update created is recorded
-- as this version and left as it is (quarkus.flyway.baseline-version=1). Released: never edit this file; a change is
-- a new V<n> file. reliable-messaging's tables (outbox, processed events) are the library's own migrations.

CREATE SEQUENCE survey_version_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE erased_client (
    erased_at timestamp(6) with time zone not null,
    client_id varchar(100) not null,
    tenant_id varchar(100) not null,
    id varchar(210) not null,
    primary key (id)
);

CREATE TABLE firm (
    updated_at timestamp(6) with time zone not null,
    tenant_id varchar(100) not null,
    name varchar(200) not null,
    primary key (tenant_id)
);

CREATE TABLE invitation (
    sent_at timestamp(6) with time zone,
    campaign_id varchar(100),
    client_id varchar(100) not null,
    send_id varchar(100) not null,
    survey_id varchar(100) not null,
    tenant_id varchar(100) not null,
    id varchar(210) not null,
    primary key (id)
);

CREATE TABLE survey_response (
    nps_score integer,
    survey_version integer not null,
    started_at timestamp(6) with time zone not null,
    submitted_at timestamp(6) with time zone,
    updated_at timestamp(6) with time zone not null,
    status varchar(16) not null CHECK (status in ('DRAFT','SUBMITTED')),
    id varchar(36) not null,
    survey_id varchar(64) not null,
    campaign_id varchar(100),
    client_id varchar(100) not null,
    send_id varchar(100),
    tenant_id varchar(100) not null,
    link_key varchar(400) not null,
    answers text not null,
    primary key (id),
    unique (tenant_id, link_key)
);

CREATE TABLE survey_version (
    version integer not null,
    created_at timestamp(6) with time zone not null,
    id bigint not null,
    survey_id varchar(64) not null,
    tenant_id varchar(100) not null,
    created_by varchar(200),
    definition text not null,
    primary key (id),
    unique (tenant_id, survey_id, version)
);

CREATE INDEX invitation_campaign ON invitation (tenant_id, campaign_id);
CREATE INDEX survey_response_submitted ON survey_response (tenant_id, survey_id, submitted_at);
CREATE INDEX survey_response_client ON survey_response (tenant_id, client_id);
