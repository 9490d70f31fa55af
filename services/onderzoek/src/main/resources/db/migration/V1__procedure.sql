-- The Wams procedure (dossier of the onderzoek) and what is recorded in it.
CREATE TABLE procedure (
    id                               uuid         PRIMARY KEY,
    gemeentecode                     text         NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    ingang_soort                     text         NOT NULL CHECK (ingang_soort IN ('HULPVRAAG', 'VERZOEK', 'MELDING')),
    ingang_aanmelding                text,
    status                           text         NOT NULL CHECK (status IN ('ONDERZOEK', 'AFGEROND')),
    gestart_op                       timestamptz  NOT NULL,
    onderzoeker                      text         NOT NULL,
    betrokkene_bsn                   text         NOT NULL CHECK (betrokkene_bsn ~ '^[0-9]{9}$'),
    voortdurend_en_terugkerend       boolean,
    motivering                       text,
    herhaald_onderzoek               boolean      NOT NULL,
    herhaling_motivering             text,
    reikwijdte_motivering_ernstig    text,
    conclusie_uitkomst               text         CHECK (conclusie_uitkomst IN ('COORDINATIE_VERPLICHT', 'COORDINATIE_OPTIONEEL', 'ENKELVOUDIG', 'GEEN_MEERVOUDIGE_PROBLEMATIEK')),
    conclusie_wenselijk              boolean,
    conclusie_motivering             text,
    conclusie_client_geinformeerd_op date,
    conclusie_client_geinformeerd_wijze text,
    conclusie_client_coordineert_zelf boolean,
    conclusie_ondersteuning_aangeboden boolean,
    conclusie_ondersteuning_gebruikt boolean,
    conclusie_vastgesteld_op         timestamptz,
    versie                           bigint       NOT NULL,
    CONSTRAINT afgerond_met_conclusie CHECK ((status = 'AFGEROND') = (conclusie_uitkomst IS NOT NULL))
);
CREATE INDEX procedure_gestart ON procedure (gestart_op DESC, id DESC);
CREATE INDEX procedure_bsn ON procedure (betrokkene_bsn, gestart_op DESC);
CREATE INDEX procedure_onderzoeker ON procedure (onderzoeker, gemeentecode);

-- The life areas the client lets investigate (verbreding = false) and any broadening (true).
CREATE TABLE reikwijdte_leefgebied (
    procedure_id  uuid     NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    leefgebied    text     NOT NULL,
    verbreding    boolean  NOT NULL,
    PRIMARY KEY (procedure_id, leefgebied)
);

CREATE TABLE huishoudlid (
    id            uuid     PRIMARY KEY,
    procedure_id  uuid     NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    volgnummer    integer  NOT NULL,
    relatie       text     NOT NULL CHECK (relatie IN ('PARTNER', 'KIND', 'OUDER', 'OVERIG')),
    bsn           text     CHECK (bsn ~ '^[0-9]{9}$'),
    omschrijving  text,
    medewerking   boolean  NOT NULL,
    -- A member who refuses leaves no identifying data behind.
    CONSTRAINT weigeraar_anoniem CHECK (medewerking OR (bsn IS NULL AND omschrijving IS NULL))
);
CREATE INDEX huishoudlid_procedure ON huishoudlid (procedure_id);

CREATE TABLE probleem (
    id            uuid     PRIMARY KEY,
    procedure_id  uuid     NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    volgnummer    integer  NOT NULL,
    leefgebied    text     NOT NULL,
    domein        text     NOT NULL,
    omschrijving  text     NOT NULL,
    huishoudlid   uuid
);
CREATE INDEX probleem_procedure ON probleem (procedure_id);

CREATE TABLE interventie (
    id            uuid     PRIMARY KEY,
    procedure_id  uuid     NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    volgnummer    integer  NOT NULL,
    domein        text     NOT NULL,
    omschrijving  text     NOT NULL,
    aanbieder     text     NOT NULL,
    lopend        boolean  NOT NULL,
    vanaf         date     NOT NULL,
    tot           date
);
CREATE INDEX interventie_procedure ON interventie (procedure_id);

CREATE TABLE gegevensverzoek (
    id               uuid         PRIMARY KEY,
    procedure_id     uuid         NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    volgnummer       integer      NOT NULL,
    partij           text         NOT NULL,
    doel             text         NOT NULL,
    categorieen      text         NOT NULL,
    grondslag        text         NOT NULL,
    uiterlijk_op     date         NOT NULL,
    verzonden_op     timestamptz  NOT NULL,
    antwoord_uitkomst text        CHECK (antwoord_uitkomst IN ('VERSTREKT', 'GEWEIGERD')),
    antwoord_verstrekt text,
    antwoord_weigeringsgrond text,
    beantwoord_op    timestamptz
);
CREATE INDEX gegevensverzoek_procedure ON gegevensverzoek (procedure_id);
