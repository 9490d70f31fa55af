-- The dossier as the API shows it (JSON, without its own url), written in the same transaction as
-- every change, so that reading a procedure is one index lookup and no rendering. A procedure
-- without a row here (from before this table existed) is rendered and stored on its first read.
CREATE TABLE procedure_weergave (
    procedure_id uuid PRIMARY KEY REFERENCES procedure (id),
    weergave     text NOT NULL
);
