-- The limited report of one casusoverleg (by its URL; the overleg itself stays at casusoverleg).
CREATE TABLE verslag (
    id              uuid         PRIMARY KEY,
    overleg         text         NOT NULL UNIQUE,
    gemeentecode    text         NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    aangemaakt_op   timestamptz  NOT NULL,
    aangemaakt_door text         NOT NULL,
    versie          bigint       NOT NULL
);
CREATE INDEX verslag_gemeente ON verslag (gemeentecode, aangemaakt_op DESC, id DESC);

-- Its versions: the snapshot of participants and agreements as fetched (JSON), draft or adopted.
CREATE TABLE verslag_versie (
    verslag_id       uuid         NOT NULL REFERENCES verslag (id),
    nummer           integer      NOT NULL CHECK (nummer >= 1),
    status           text         NOT NULL CHECK (status IN ('CONCEPT', 'VASTGESTELD')),
    inhoud           text         NOT NULL,
    opgesteld_op     timestamptz  NOT NULL,
    opgesteld_door   text         NOT NULL,
    vastgesteld_op   timestamptz,
    vastgesteld_door text,
    PRIMARY KEY (verslag_id, nummer),
    CONSTRAINT vastgesteld_met_moment CHECK ((status = 'VASTGESTELD') = (vastgesteld_op IS NOT NULL AND vastgesteld_door IS NOT NULL))
);

-- An adopted version is a record: the database itself refuses to change or delete it.
CREATE FUNCTION vastgestelde_versie_onveranderlijk() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Een vastgestelde versie van een verslag verandert niet';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER vastgestelde_versie_onveranderlijk
    BEFORE UPDATE OR DELETE ON verslag_versie
    FOR EACH ROW WHEN (OLD.status = 'VASTGESTELD')
    EXECUTE FUNCTION vastgestelde_versie_onveranderlijk();

-- Which participant received its part of which adopted version, when, from whom.
CREATE TABLE verstrekking (
    id             uuid         PRIMARY KEY,
    verslag_id     uuid         NOT NULL,
    versie         integer      NOT NULL,
    deelnemer      uuid         NOT NULL,
    organisatie    text         NOT NULL,
    verstrekt_op   timestamptz  NOT NULL,
    verstrekt_door text         NOT NULL,
    FOREIGN KEY (verslag_id, versie) REFERENCES verslag_versie (verslag_id, nummer),
    UNIQUE (verslag_id, versie, deelnemer)
);
CREATE INDEX verstrekking_organisatie ON verstrekking (lower(organisatie));

-- The read model of the monitoring indicators, fed by events only (no personal data: URLs, codes,
-- dates, organisation names).
CREATE TABLE procedure_feit (
    procedure                 text         PRIMARY KEY,
    gemeentecode              text         NOT NULL,
    ingang                    text,
    herhaald                  boolean,
    gestart_op                timestamptz,
    uitkomst                  text,
    conclusie_op              timestamptz,
    ondersteuning_aangeboden  boolean,
    ondersteuning_gebruikt    boolean,
    beeindigd_op              timestamptz,
    einde_reden               text
);
CREATE INDEX procedure_feit_gestart ON procedure_feit (gemeentecode, gestart_op);
CREATE INDEX procedure_feit_conclusie ON procedure_feit (gemeentecode, conclusie_op);
CREATE INDEX procedure_feit_beeindigd ON procedure_feit (gemeentecode, beeindigd_op);
CREATE TABLE procedure_domein (
    procedure  text  NOT NULL REFERENCES procedure_feit (procedure),
    domein     text  NOT NULL,
    PRIMARY KEY (procedure, domein)
);
CREATE TABLE overleg_feit (
    overleg       text         PRIMARY KEY,
    gemeentecode  text         NOT NULL,
    procedure     text,
    fase          text,
    gehouden_op   timestamptz  NOT NULL
);
CREATE INDEX overleg_feit_gehouden ON overleg_feit (gemeentecode, gehouden_op);
CREATE TABLE overleg_domein (
    overleg  text  NOT NULL REFERENCES overleg_feit (overleg),
    domein   text  NOT NULL,
    PRIMARY KEY (overleg, domein)
);
CREATE TABLE overleg_organisatie (
    overleg      text  NOT NULL REFERENCES overleg_feit (overleg),
    organisatie  text  NOT NULL,
    PRIMARY KEY (overleg, organisatie)
);
CREATE TABLE klacht_feit (
    klacht        text         PRIMARY KEY,
    gemeentecode  text         NOT NULL,
    aard          text         NOT NULL,
    ingediend_op  timestamptz  NOT NULL
);
CREATE INDEX klacht_feit_ingediend ON klacht_feit (gemeentecode, ingediend_op);
