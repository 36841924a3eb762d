-- The tables of portfolio-signal-service, version 1: what its entities mapped when the service moved from Hibernate's
-- schema update to migrations (generated from them, then formatted). A database that the update created is recorded
-- as this version and left as it is (quarkus.flyway.baseline-version=1). Released: never edit this file; a change is
-- a new V<n> file. reliable-messaging's tables (outbox, processed events) are the library's own migrations.

CREATE TABLE client_portfolio (
    loan_parts integer not null,
    read_model_version integer,
    aggregate_version bigint,
    client_id varchar(100) not null,
    tenant_id varchar(100) not null,
    payload text not null,
    primary key (client_id)
);

CREATE TABLE client_profile (
    minimum_monthly_saving numeric,
    read_model_version integer,
    aggregate_version bigint,
    adviser_id varchar(100),
    client_id varchar(100) not null,
    tenant_id varchar(100) not null,
    payload text not null,
    primary key (client_id)
);

CREATE TABLE client_survey (
    nps_answered_on date,
    nps_score integer,
    wishes_stated_on date,
    nps_completed_at timestamp(6) with time zone,
    wishes_completed_at timestamp(6) with time zone,
    client_id varchar(100) not null,
    nps_response_id varchar(100),
    tenant_id varchar(100) not null,
    wishes_response_id varchar(100),
    wishes text,
    primary key (client_id)
);

CREATE TABLE loan_part (
    fee_free_share numeric not null,
    fixed_rate_end_date date,
    fixed_rate_period_years integer,
    interest_rate numeric not null,
    market_value numeric,
    mortgage_start_date date,
    nhg boolean not null,
    original_principal numeric not null,
    outstanding_principal numeric not null,
    position integer not null,
    term_end_date date not null,
    valuation_date date,
    repayment_type varchar(20) not null CHECK (repayment_type in ('ANNUITY','LINEAR','INTEREST_ONLY')),
    risk_class varchar(20) not null CHECK (risk_class in ('NHG','LTV_60','LTV_80','LTV_90','LTV_100','ABOVE_100')),
    client_id varchar(100) not null,
    lender varchar(100) not null,
    loan_part_id varchar(100) not null,
    mortgage_id varchar(100) not null,
    tenant_id varchar(100) not null,
    primary key (position, client_id)
);

CREATE TABLE market_rate_table (
    pending_since timestamp(6) with time zone,
    received_at timestamp(6) with time zone not null,
    lender varchar(100) not null,
    evaluated_payload text,
    payload text not null,
    primary key (lender)
);

CREATE TABLE signal (
    amount numeric(14,2),
    due_date date,
    rule_version integer not null,
    suppressed boolean not null,
    raised_at timestamp(6) with time zone not null,
    resolved_at timestamp(6) with time zone,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    id uuid not null,
    category varchar(20) not null CHECK (category in ('OPPORTUNITY','RISK','LIFE_EVENT','SERVICE')),
    message_class varchar(20) not null CHECK (message_class in ('SERVICE','MARKETING')),
    status varchar(20) not null CHECK (status in ('OPEN','IN_PROGRESS','DONE','DISMISSED')),
    dismiss_reason varchar(30) CHECK (dismiss_reason in (
            'NOT_RELEVANT', 'ALREADY_HANDLED', 'CLIENT_DECLINED', 'INCORRECT_DATA', 'OTHER')),
    resolution varchar(30) CHECK (resolution in ('CONDITION_CLEARED','CLIENT_ERASED','RULE_WITHDRAWN')),
    type varchar(40) not null CHECK (type in (
            'REFINANCE_SAVING', 'FIXED_RATE_ENDING', 'RATE_RESET_SHOCK', 'RISK_CLASS_DROP', 'HOME_EQUITY',
            'TERM_LIFE_OVERINSURED', 'MORTGAGE_TERM_ENDING', 'INTEREST_ONLY_RISK', 'HOUSE_FOR_SALE',
            'CHILD_TURNS_18', 'RETIREMENT_APPROACHING', 'MISSING_BUILDING_INSURANCE', 'MISSING_CONTENTS_INSURANCE',
            'MISSING_TRAVEL_INSURANCE', 'MISSING_LIABILITY_INSURANCE', 'PAYMENT_ARREARS', 'ANNUAL_REVIEW_DUE',
            'BIRTHDAY', 'CLIENT_WISH', 'NPS_DETRACTOR')),
    fingerprint varchar(64),
    adviser_id varchar(100),
    client_id varchar(100) not null,
    tenant_id varchar(100) not null,
    deduplication_key varchar(200) not null,
    explanation_en text not null,
    explanation_nl text not null,
    figures text not null,
    inputs text not null,
    primary key (id)) WITH (fillfactor = 50
);

CREATE INDEX client_portfolio_read_model ON client_portfolio (read_model_version, client_id);
CREATE INDEX client_profile_tenant ON client_profile (tenant_id, client_id);
CREATE INDEX signal_client ON signal (tenant_id, client_id, resolved_at);
CREATE INDEX signal_worklist ON signal (tenant_id, status, type);
