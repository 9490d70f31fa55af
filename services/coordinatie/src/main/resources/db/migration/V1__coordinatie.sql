-- The coordinator pool: municipal staff and partner professionals who can direct a coordinated approach.
CREATE TABLE coordinator (
    id                 uuid     PRIMARY KEY,
    naam               text     NOT NULL,
    gebruikersnaam     text     NOT NULL UNIQUE,
    email              text,
    telefoon           text,
    organisatie_naam   text     NOT NULL,
    organisatie_soort  text     NOT NULL CHECK (organisatie_soort IN ('GEMEENTE', 'PARTNER')),
    gemeentecode       text     NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    actief             boolean  NOT NULL,
    versie             bigint   NOT NULL
);
CREATE INDEX coordinator_gemeente ON coordinator (gemeentecode, naam, id);

-- One aanpak per Wams procedure (by the procedure's canonical URL at onderzoek). No personal data of
-- the client: the procedure holds those.
CREATE TABLE aanpak (
    id                         uuid         PRIMARY KEY,
    procedure                  text         NOT NULL UNIQUE,
    gemeentecode               text         NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    coordinatieplicht          text         NOT NULL CHECK (coordinatieplicht IN ('VERPLICHT', 'OPTIONEEL')),
    client_coordineert_zelf    boolean      NOT NULL,
    procedure_gestart_op       timestamptz  NOT NULL,
    aangemaakt_op              timestamptz  NOT NULL,
    status                     text         NOT NULL CHECK (status IN ('NIEUW', 'ACTIEF', 'GEEN_COORDINATIE', 'BEEINDIGD')),
    coordinator_id             uuid         REFERENCES coordinator (id),
    intensiteit                text         CHECK (intensiteit IN ('LICHT', 'ZWAAR')),
    aangesteld_op              timestamptz,
    besluit_soort              text         CHECK (besluit_soort IN ('GECOORDINEERDE_AANPAK', 'GEEN_COORDINATIE', 'CLIENT_COORDINEERT_ZELF')),
    besluit_motivering         text,
    besluit_genomen_op         timestamptz,
    einddatum                  date,
    beeindiging_reden          text         CHECK (beeindiging_reden IN ('DOELEN_BEREIKT', 'AANPAK_NIET_EFFECTIEF', 'CLIENT_TREKT_ZICH_TERUG', 'VERHUISD', 'OVERIG')),
    beeindiging_toelichting    text,
    beeindiging_datum          date,
    versie                     bigint       NOT NULL,
    CONSTRAINT aanstelling_volledig CHECK ((coordinator_id IS NULL) = (intensiteit IS NULL) AND (coordinator_id IS NULL) = (aangesteld_op IS NULL)),
    CONSTRAINT besluit_bij_status CHECK ((status = 'NIEUW') = (besluit_soort IS NULL)),
    CONSTRAINT beeindiging_bij_status CHECK ((status = 'BEEINDIGD') = (beeindiging_reden IS NOT NULL AND beeindiging_datum IS NOT NULL))
);
-- The list's fixed order, and the filters and access paths.
CREATE INDEX aanpak_aangemaakt ON aanpak (aangemaakt_op DESC, id DESC);
CREATE INDEX aanpak_gemeente ON aanpak (gemeentecode, aangemaakt_op DESC);
CREATE INDEX aanpak_coordinator ON aanpak (coordinator_id) WHERE coordinator_id IS NOT NULL;

-- The plan: goals, actions per party and evaluation moments, in the order they were recorded.
CREATE TABLE doel (
    aanpak_id     uuid     NOT NULL REFERENCES aanpak (id) ON DELETE CASCADE,
    volgnummer    integer  NOT NULL,
    id            uuid     NOT NULL,
    omschrijving  text     NOT NULL,
    PRIMARY KEY (aanpak_id, volgnummer)
);

CREATE TABLE actie (
    aanpak_id       uuid     NOT NULL REFERENCES aanpak (id) ON DELETE CASCADE,
    volgnummer      integer  NOT NULL,
    id              uuid     NOT NULL,
    omschrijving    text     NOT NULL,
    partij          text     NOT NULL,
    eigenaar        text     NOT NULL,
    deadline        date     NOT NULL,
    status          text     NOT NULL CHECK (status IN ('OPEN', 'BEZIG', 'GEBLOKKEERD', 'AFGEROND')),
    blokkade_reden  text,
    PRIMARY KEY (aanpak_id, volgnummer),
    CONSTRAINT blokkade_met_reden CHECK ((status = 'GEBLOKKEERD') = (blokkade_reden IS NOT NULL))
);
-- The workflow view looks for late and blocked actions.
CREATE INDEX actie_open ON actie (deadline) WHERE status <> 'AFGEROND';

CREATE TABLE evaluatiemoment (
    aanpak_id      uuid     NOT NULL REFERENCES aanpak (id) ON DELETE CASCADE,
    volgnummer     integer  NOT NULL,
    id             uuid     NOT NULL,
    gepland_op     date     NOT NULL,
    uitgevoerd_op  date,
    bevindingen    text,
    PRIMARY KEY (aanpak_id, volgnummer),
    CONSTRAINT uitgevoerd_met_bevindingen CHECK ((uitgevoerd_op IS NULL) = (bevindingen IS NULL))
);
CREATE INDEX evaluatiemoment_open ON evaluatiemoment (gepland_op) WHERE uitgevoerd_op IS NULL;
