-- What inzage owns: the AVG requests and the complaints of residents. Everything else it shows is
-- fetched from the sources and never stored here.
CREATE SEQUENCE kenmerk_volgnummer;

CREATE TABLE verzoek (
    id             uuid         PRIMARY KEY,
    kenmerk        text         NOT NULL UNIQUE,
    bsn            text         NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
    gemeentecode   text         NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    soort          text         NOT NULL CHECK (soort IN ('INZAGE_KOPIE', 'CORRECTIE', 'WISSING', 'BEPERKING', 'BEZWAAR')),
    procedure_id   uuid,
    toelichting    text         NOT NULL,
    status         text         NOT NULL CHECK (status IN ('ONTVANGEN', 'IN_BEHANDELING', 'AFGEHANDELD', 'AFGEWEZEN')),
    ontvangen_op   timestamptz  NOT NULL,
    uiterlijk_op   date         NOT NULL,
    afgehandeld_op timestamptz,
    reactie        text,
    behandelaar    text,
    versie         bigint       NOT NULL
);
CREATE INDEX verzoek_bsn ON verzoek (bsn, ontvangen_op DESC);
CREATE INDEX verzoek_gemeente ON verzoek (gemeentecode, status, uiterlijk_op);

CREATE TABLE klacht (
    id             uuid         PRIMARY KEY,
    kenmerk        text         NOT NULL UNIQUE,
    bsn            text         NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
    gemeentecode   text         NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    aard           text         NOT NULL CHECK (aard IN ('BEJEGENING', 'GEGEVENSDELING', 'BESLUIT', 'TERMIJN', 'COORDINATIE', 'OVERIG')),
    procedure_id   uuid,
    omschrijving   text         NOT NULL,
    indiener       text         NOT NULL CHECK (indiener IN ('INWONER', 'FAMILIELID')),
    familielid     text,
    status         text         NOT NULL CHECK (status IN ('ONTVANGEN', 'IN_BEHANDELING', 'AFGEHANDELD', 'AFGEWEZEN')),
    ingediend_op   timestamptz  NOT NULL,
    afgehandeld_op timestamptz,
    reactie        text,
    behandelaar    text,
    versie         bigint       NOT NULL,
    CONSTRAINT familielid_genoemd CHECK ((indiener = 'FAMILIELID') = (familielid IS NOT NULL))
);
CREATE INDEX klacht_bsn ON klacht (bsn, ingediend_op DESC);
CREATE INDEX klacht_gemeente ON klacht (gemeentecode, status);
