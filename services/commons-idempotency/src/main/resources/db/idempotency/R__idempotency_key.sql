-- Shared by every service that accepts Idempotency-Key; lives in the service's own schema.
-- Repeatable and IF NOT EXISTS, so it coexists with each service's own versioned migrations.
CREATE TABLE IF NOT EXISTS idempotency_key (
    scope          text        NOT NULL,
    key            text        NOT NULL,
    request_hash   text        NOT NULL,
    status         integer,
    response_body  text,
    location       text,
    etag           text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX IF NOT EXISTS idempotency_key_created_at ON idempotency_key (created_at);
