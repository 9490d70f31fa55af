-- The Logboek Dataverwerkingen and the audit trail of the gateway (docs/gateway.md, "Logboek").
-- Both are append-only: the application role loses UPDATE, DELETE and TRUNCATE, and triggers refuse
-- them for everyone else (a superuser must disable the trigger first, which the hash chain then shows).
-- Each row carries the hash of the row before it: hash = SHA-256(vorige_hash || canonical row),
-- computed by the gateway's single writer (LogboekSchrijver) and checked by VerifieerKeten.

-- One row per request per data subject, with the fields of the Logboek Dataverwerkingen standard.
CREATE TABLE logboek_verwerking (
    volgnummer             bigint      PRIMARY KEY,
    trace_id               char(32)    NOT NULL,
    span_id                char(16)    NOT NULL,
    parent_span_id         char(16),
    name                   text        NOT NULL,   -- the operationId
    start_time             timestamptz NOT NULL,
    end_time               timestamptz NOT NULL,
    status_code            text        NOT NULL CHECK (status_code IN ('OK', 'FOUT')),
    processing_activity_id text        NOT NULL,   -- dpl.core.processing_activity_id
    data_subject_id        char(64)    NOT NULL,   -- dpl.core.data_subject_id: HMAC-SHA256(key, bsn)
    data_subject_id_type   text        NOT NULL,   -- dpl.core.data_subject_id_type
    applicatie             text        NOT NULL,   -- the token's azp
    rol                    text        NOT NULL,
    organisatie            text,
    gegevenscategorieen    text[]      NOT NULL,
    vorige_hash            char(64)    NOT NULL,
    hash                   char(64)    NOT NULL
);
CREATE INDEX logboek_verwerking_betrokkene ON logboek_verwerking (data_subject_id, start_time DESC);
CREATE INDEX logboek_verwerking_trace ON logboek_verwerking (trace_id);

-- One row per request the gateway answered after authentication: who, in which role, through which
-- application, what was asked and what was delivered. For the FG; never shown to the resident.
CREATE TABLE audit_regel (
    volgnummer             bigint      PRIMARY KEY,
    trace_id               char(32)    NOT NULL,
    tijdstip               timestamptz NOT NULL,
    gebruiker              text        NOT NULL,   -- the token's sub
    rollen                 text[]      NOT NULL,
    applicatie             text        NOT NULL,   -- the token's azp
    operatie               text        NOT NULL,   -- operationId, or method and path when unknown
    verwerkingsactiviteit  text,
    velden                 text[]      NOT NULL,   -- paths of the fields delivered
    gegevenscategorieen    text[]      NOT NULL,
    status                 integer     NOT NULL,
    vorige_hash            char(64)    NOT NULL,
    hash                   char(64)    NOT NULL
);
CREATE INDEX audit_regel_trace ON audit_regel (trace_id);

CREATE FUNCTION alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is not allowed: the table is append-only', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER logboek_verwerking_alleen_toevoegen BEFORE UPDATE OR DELETE ON logboek_verwerking
    FOR EACH ROW EXECUTE FUNCTION alleen_toevoegen();
CREATE TRIGGER logboek_verwerking_niet_legen BEFORE TRUNCATE ON logboek_verwerking
    FOR EACH STATEMENT EXECUTE FUNCTION alleen_toevoegen();
CREATE TRIGGER audit_regel_alleen_toevoegen BEFORE UPDATE OR DELETE ON audit_regel
    FOR EACH ROW EXECUTE FUNCTION alleen_toevoegen();
CREATE TRIGGER audit_regel_niet_legen BEFORE TRUNCATE ON audit_regel
    FOR EACH STATEMENT EXECUTE FUNCTION alleen_toevoegen();

REVOKE UPDATE, DELETE, TRUNCATE ON logboek_verwerking, audit_regel FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON logboek_verwerking, audit_regel FROM CURRENT_USER;
