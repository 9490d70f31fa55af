-- Transactional outbox and inbox of thin change events, in the service's own schema.
-- Repeatable and IF NOT EXISTS, so it coexists with each service's own versioned migrations.
CREATE TABLE IF NOT EXISTS outbox_event (
    id          uuid         PRIMARY KEY,
    type        text         NOT NULL,
    subject     text         NOT NULL,
    time        timestamptz  NOT NULL,
    data        text         NOT NULL
);
-- One row per subscriber: delivered at least once, retried with back-off until it is.
CREATE TABLE IF NOT EXISTS outbox_delivery (
    event_id         uuid         NOT NULL REFERENCES outbox_event (id),
    subscriber       text         NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL DEFAULT now(),
    last_status      integer,
    delivered_at     timestamptz,
    PRIMARY KEY (event_id, subscriber)
);
CREATE INDEX IF NOT EXISTS outbox_delivery_due ON outbox_delivery (next_attempt_at) WHERE delivered_at IS NULL;
-- Events this service consumed, so that a redelivery is not processed twice.
CREATE TABLE IF NOT EXISTS inbox_event (
    id           text         NOT NULL,
    source       text         NOT NULL,
    received_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (source, id)
);
