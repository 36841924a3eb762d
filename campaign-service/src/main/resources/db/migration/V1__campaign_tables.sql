-- The tables of campaign-service, version 1: what its entities mapped when the service moved from Hibernate's
-- schema update to migrations (generated from them, then formatted). A database that the update created is recorded
-- as this version and left as it is (quarkus.flyway.baseline-version=1). Released: never edit this file; a change is
-- a new V<n> file. reliable-messaging's tables (outbox, processed events) are the library's own migrations.

CREATE TABLE campaign (
    variantbpercent integer,
    created_at timestamp(6) with time zone not null,
    scheduled_at timestamp(6) with time zone,
    id uuid not null,
    created_by varchar(255),
    filter_json text,
    kind varchar(255) not null CHECK (kind in ('TRIGGERED','SELECTION','SURVEY')),
    message_class varchar(255) CHECK (message_class in ('SERVICE','MARKETING')),
    mode varchar(255) CHECK (mode in ('AUTO','REVIEW')),
    name varchar(255) not null,
    signal_types varchar(255),
    state varchar(255) not null CHECK (state in ('ACTIVE','PAUSED','SCHEDULED','LAUNCHED')),
    survey_id varchar(255),
    template_id varchar(255) not null,
    tenant_id varchar(255) not null,
    variantbtemplate_id varchar(255),
    primary key (id)
);

CREATE TABLE contact (
    date_of_birth date,
    open_arrears boolean not null,
    aggregate_version bigint,
    consent_since timestamp(6) with time zone,
    unsubscribed_at timestamp(6) with time zone,
    adviser_id varchar(255),
    children_json text,
    client_id varchar(255) not null,
    consent_legal_basis varchar(255) CHECK (consent_legal_basis in (
            'CONSENT', 'EXISTING_CUSTOMER', 'CONTRACT', 'LEGAL_OBLIGATION', 'LEGITIMATE_INTEREST')),
    consent_status varchar(255) CHECK (consent_status in ('OPTED_IN','SOFT_OPT_IN','NOT_GIVEN','WITHDRAWN','OBJECTED')),
    email varchar(255),
    first_name varchar(255),
    initials varchar(255),
    language varchar(255),
    last_name varchar(255),
    last_name_prefix varchar(255),
    preferred_channel varchar(255) CHECK (preferred_channel in ('EMAIL','PHONE','LETTER')),
    salutation varchar(255) CHECK (salutation in ('MR','MS','NEUTRAL')),
    tenant_id varchar(255) not null,
    tier varchar(255) CHECK (tier in ('NONE','BRONZE','SILVER','GOLD')),
    primary key (client_id)
);

CREATE TABLE email_template (
    updated_at timestamp(6) with time zone not null,
    id uuid not null,
    body_en text,
    body_nl text not null,
    name varchar(255) not null,
    subject_en varchar(255),
    subject_nl varchar(255) not null,
    tenant_id varchar(255) not null,
    primary key (id)
);

CREATE TABLE known_signal (
    due_date date,
    open boolean not null,
    aggregate_version bigint,
    client_id varchar(255) not null,
    deduplication_key varchar(255),
    figures_json text,
    inputs_json text,
    message_class varchar(255) CHECK (message_class in ('SERVICE','MARKETING')),
    signal_id varchar(255) not null,
    tenant_id varchar(255) not null,
    type varchar(255) CHECK (type in (
            'REFINANCE_SAVING', 'FIXED_RATE_ENDING', 'RATE_RESET_SHOCK', 'RISK_CLASS_DROP', 'HOME_EQUITY',
            'TERM_LIFE_OVERINSURED', 'MORTGAGE_TERM_ENDING', 'INTEREST_ONLY_RISK', 'HOUSE_FOR_SALE',
            'CHILD_TURNS_18', 'RETIREMENT_APPROACHING', 'MISSING_BUILDING_INSURANCE', 'MISSING_CONTENTS_INSURANCE',
            'MISSING_TRAVEL_INSURANCE', 'MISSING_LIABILITY_INSURANCE', 'PAYMENT_ARREARS', 'ANNUAL_REVIEW_DUE',
            'BIRTHDAY', 'CLIENT_WISH', 'NPS_DETRACTOR', 'UNKNOWN')),
    primary key (signal_id)
);

CREATE TABLE link_click (
    suspected_scanner boolean not null,
    clicked_at timestamp(6) with time zone not null,
    recorded_at timestamp(6) with time zone,
    campaign_id uuid not null,
    click_id uuid not null,
    send_id uuid not null,
    client_id varchar(255) not null,
    link_id varchar(255),
    scanner_reason varchar(255) CHECK (scanner_reason in ('TOO_SOON_AFTER_SEND','HEAD_REQUEST','KNOWN_SCANNER_AGENT')),
    signal_id varchar(255),
    tenant_id varchar(255) not null,
    variant varchar(255),
    primary key (click_id)
);

CREATE TABLE send_log (
    attempts integer not null,
    created_at timestamp(6) with time zone not null,
    failed_at timestamp(6) with time zone,
    first_attempt_at timestamp(6) with time zone,
    lease_until timestamp(6) with time zone,
    next_attempt_at timestamp(6) with time zone,
    recorded_at timestamp(6) with time zone,
    sent_at timestamp(6) with time zone,
    campaign_id uuid not null,
    send_id uuid not null,
    client_id varchar(255) not null,
    failure_reason varchar(255) CHECK (failure_reason in (
            'INVALID_ADDRESS', 'REJECTED', 'SERVER_UNAVAILABLE', 'TEMPLATE_ERROR', 'UNKNOWN')),
    legal_basis varchar(255) CHECK (legal_basis in (
            'CONSENT', 'EXISTING_CUSTOMER', 'CONTRACT', 'LEGAL_OBLIGATION', 'LEGITIMATE_INTEREST')),
    message_class varchar(255) CHECK (message_class in ('SERVICE','MARKETING')),
    signal_id varchar(255),
    signal_key varchar(255) not null,
    signal_type varchar(255) CHECK (signal_type in (
            'REFINANCE_SAVING', 'FIXED_RATE_ENDING', 'RATE_RESET_SHOCK', 'RISK_CLASS_DROP', 'HOME_EQUITY',
            'TERM_LIFE_OVERINSURED', 'MORTGAGE_TERM_ENDING', 'INTEREST_ONLY_RISK', 'HOUSE_FOR_SALE',
            'CHILD_TURNS_18', 'RETIREMENT_APPROACHING', 'MISSING_BUILDING_INSURANCE', 'MISSING_CONTENTS_INSURANCE',
            'MISSING_TRAVEL_INSURANCE', 'MISSING_LIABILITY_INSURANCE', 'PAYMENT_ARREARS', 'ANNUAL_REVIEW_DUE',
            'BIRTHDAY', 'CLIENT_WISH', 'NPS_DETRACTOR', 'UNKNOWN')),
    status varchar(255) not null CHECK (status in (
            'AWAITING_PROFILE', 'AWAITING_APPROVAL', 'PENDING', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED',
            'TASK_CREATED')),
    suppression varchar(255) CHECK (suppression in (
            'NO_PROFILE', 'NO_CONSENT', 'UNSUBSCRIBED', 'FREQUENCY_CAP', 'PAYMENT_ARREARS', 'SIGNAL_SUPPRESSED',
            'SIGNAL_CLOSED', 'REJECTED_BY_ADVISER')),
    survey_id varchar(255),
    task_reason varchar(255) CHECK (task_reason in (
            'PHONE_PREFERRED', 'LETTER_PREFERRED', 'PAYMENT_ARREARS', 'APPROVAL_REQUIRED', 'NO_EMAIL_ADDRESS',
            'EMAIL_FAILED', 'UNKNOWN')),
    template_id varchar(255),
    tenant_id varchar(255) not null,
    unsubscribe_token varchar(255) unique,
    variant varchar(255),
    primary key (send_id),
    constraint send_log_once unique (campaign_id, client_id, signal_key)
);

CREATE TABLE survey_response (
    nps_score integer,
    completed_at timestamp(6) with time zone,
    campaign_id varchar(255),
    client_id varchar(255) not null,
    response_id varchar(255) not null,
    send_id varchar(255),
    survey_id varchar(255),
    tenant_id varchar(255) not null,
    primary key (response_id)
);

CREATE TABLE tracked_link (
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    campaign_id uuid not null,
    send_id uuid not null,
    client_id varchar(255) not null,
    destination text not null,
    link_id varchar(255),
    signal_id varchar(255),
    tenant_id varchar(255) not null,
    token varchar(255) not null,
    variant varchar(255),
    primary key (token)
);

CREATE TABLE unsubscription (
    unsubscribed_at timestamp(6) with time zone not null,
    campaign_id uuid not null,
    send_id uuid not null,
    channel varchar(255) CHECK (channel in ('ONE_CLICK','PAGE')),
    client_id varchar(255) not null,
    tenant_id varchar(255) not null,
    variant varchar(255),
    primary key (send_id)
);

CREATE INDEX campaign_tenant ON campaign (tenant_id, kind, state);
CREATE INDEX contact_tenant ON contact (tenant_id);
CREATE INDEX email_template_tenant ON email_template (tenant_id);
CREATE INDEX known_signal_client ON known_signal (tenant_id, client_id);
CREATE INDEX link_click_campaign ON link_click (campaign_id, clicked_at);
CREATE INDEX send_log_due ON send_log (status, next_attempt_at);
CREATE INDEX send_log_client ON send_log (tenant_id, client_id, created_at);
CREATE INDEX send_log_campaign ON send_log (campaign_id, status);
CREATE INDEX survey_response_campaign ON survey_response (campaign_id);
CREATE INDEX tracked_link_client ON tracked_link (client_id);
CREATE INDEX unsubscription_campaign ON unsubscription (campaign_id);
