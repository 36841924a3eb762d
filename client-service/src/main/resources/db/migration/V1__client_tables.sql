-- The tables of client-service, version 1: what its entities mapped when the service moved from Hibernate's
-- schema update to migrations (generated from them, then formatted). A database that the update created is recorded
-- as this version and left as it is (quarkus.flyway.baseline-version=1). Released: never edit this file; a change is
-- a new V<n> file. reliable-messaging's tables (outbox, processed events) are the library's own migrations.

CREATE TABLE client (
    consent_sale_date date,
    date_of_birth date,
    for_sale boolean not null,
    language varchar(2) not null,
    last_annual_review date,
    minimum_monthly_saving numeric(13,2) not null,
    planned_retirement_date date,
    subscription_start date,
    consent_since timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    portfolio_version bigint not null,
    profile_version bigint not null,
    row_version bigint not null,
    updated_at timestamp(6) with time zone not null,
    tenant_id varchar(100) not null,
    external_reference varchar(200),
    adviser_id varchar(255),
    arrears text,
    consent_legal_basis varchar(255) CHECK (consent_legal_basis in (
            'CONSENT', 'EXISTING_CUSTOMER', 'CONTRACT', 'LEGAL_OBLIGATION', 'LEGITIMATE_INTEREST')),
    consent_source varchar(255),
    consent_status varchar(255) not null CHECK (consent_status in (
            'OPTED_IN', 'SOFT_OPT_IN', 'NOT_GIVEN', 'WITHDRAWN', 'OBJECTED')),
    correspondence_address text,
    email varchar(255),
    first_name varchar(255),
    householdJson text,
    id varchar(255) not null,
    initials varchar(255),
    last_name varchar(255) not null,
    last_name_prefix varchar(255),
    phone varchar(255),
    portfolio text,
    preferred_channel varchar(255) not null CHECK (preferred_channel in ('EMAIL','PHONE','LETTER')),
    product_types varchar(255) not null,
    salutation varchar(255) CHECK (salutation in ('MR','MS','NEUTRAL')),
    subscription_tier varchar(255) not null CHECK (subscription_tier in ('NONE','BRONZE','SILVER','GOLD')),
    primary key (id),
    constraint client_external_reference unique (tenant_id, external_reference)
);

CREATE TABLE consent_change (
    objection_offered boolean,
    obtained_in_sale boolean,
    sale_date date,
    similar_products_only boolean,
    effective_at timestamp(6) with time zone not null,
    recorded_at timestamp(6) with time zone not null,
    client_id varchar(255) not null,
    id varchar(255) not null,
    legal_basis varchar(255) CHECK (legal_basis in (
            'CONSENT', 'EXISTING_CUSTOMER', 'CONTRACT', 'LEGAL_OBLIGATION', 'LEGITIMATE_INTEREST')),
    recorded_by varchar(255) not null,
    reference varchar(255),
    source varchar(255) not null,
    status varchar(255) not null CHECK (status in ('OPTED_IN','SOFT_OPT_IN','NOT_GIVEN','WITHDRAWN','OBJECTED')),
    tenant_id varchar(255) not null,
    primary key (id)
);

CREATE TABLE contact_change (
    decided_at timestamp(6) with time zone,
    received_at timestamp(6) with time zone not null,
    requested_at timestamp(6) with time zone,
    status varchar(16) not null CHECK (status in ('PENDING','APPROVED','REJECTED')),
    tenant_id varchar(100) not null,
    client_id varchar(255) not null,
    decided_by varchar(255),
    fields varchar(255) not null,
    id varchar(255) not null,
    request_id varchar(255),
    requested_values text,
    response_id varchar(255),
    source varchar(255) not null,
    survey_id varchar(255),
    primary key (id)
);

CREATE TABLE profile_change (
    recorded_at timestamp(6) with time zone not null,
    requested_at timestamp(6) with time zone,
    approved_by varchar(255),
    client_id varchar(255) not null,
    contact_change_id varchar(255),
    field varchar(255) not null,
    id varchar(255) not null,
    request_id varchar(255),
    response_id varchar(255),
    source varchar(255) not null,
    survey_id varchar(255),
    tenant_id varchar(255) not null,
    primary key (id)
);

CREATE INDEX client_tenant_name ON client (tenant_id, last_name);
CREATE INDEX client_tenant_email ON client (tenant_id, email);
CREATE INDEX consent_change_client ON consent_change (tenant_id, client_id);
CREATE INDEX contact_change_worklist ON contact_change (tenant_id, status, received_at);
CREATE INDEX contact_change_client ON contact_change (tenant_id, client_id);
CREATE INDEX profile_change_client ON profile_change (tenant_id, client_id);
