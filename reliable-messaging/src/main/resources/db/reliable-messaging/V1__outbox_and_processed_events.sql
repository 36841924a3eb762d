-- The tables of nl.nazorg:reliable-messaging, version 1. Applied by MessagingMigrations, in the library's own history
-- table (nazorg_messaging_schema_history). Released: never edit this file; a change is a new V<n> file, listed in
-- MessagingMigrations.FILES. Needs PostgreSQL 14 or newer (CREATE OR REPLACE TRIGGER).
-- "IF NOT EXISTS" and the published_at block adopt the tables that library versions before the migrations created
-- at startup, so a database of such a version migrates without losing the rows waiting in its outbox.

-- One row per event not yet on Kafka. seq is the publication order. The relay deletes a row once the broker
-- acknowledged it; a row the broker will never take stays, parked (failed_at, last_error).
CREATE TABLE IF NOT EXISTS nazorg_outbox (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ce_id        uuid        NOT NULL,
    topic        text        NOT NULL,
    kafka_key    text        NOT NULL,
    ce_type      text        NOT NULL,
    ce_source    text        NOT NULL,
    ce_time      timestamptz NOT NULL,
    ce_subject   text,
    tenant_id    text        NOT NULL,
    payload      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    failed_at    timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

-- Tables of older versions kept published rows (published_at): those rows are gone from Kafka's point of view, so
-- they go, and the column with them (which also drops the old partial index on it).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
               AND table_name = 'nazorg_outbox' AND column_name = 'published_at') THEN
        DELETE FROM nazorg_outbox WHERE published_at IS NOT NULL;
        ALTER TABLE nazorg_outbox DROP COLUMN published_at;
    END IF;
END
$$;

-- The relay reads only pending rows; the partial index stays as small as the backlog.
CREATE INDEX IF NOT EXISTS nazorg_outbox_pending ON nazorg_outbox (seq) WHERE failed_at IS NULL;

-- Wakes the relay of every instance at commit (NOTIFY is delivered only when the transaction commits).
CREATE OR REPLACE FUNCTION nazorg_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('nazorg_outbox', '');
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER nazorg_outbox_notify AFTER INSERT ON nazorg_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION nazorg_outbox_notify();

-- Event ids a consumer group has applied, written in the same transaction as the effect.
CREATE TABLE IF NOT EXISTS nazorg_processed_event (
    consumer_group text        NOT NULL,
    ce_id          text        NOT NULL,
    processed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, ce_id)
);

CREATE INDEX IF NOT EXISTS nazorg_processed_event_age ON nazorg_processed_event (processed_at);
