-- Aanmeldingen: the entry points of a Wams procedure (melding, hulpvraag, verzoek) and their triage.
CREATE TABLE aanmelding (
    id                           uuid         PRIMARY KEY,
    kenmerk                      text         NOT NULL UNIQUE,
    soort                        text         NOT NULL CHECK (soort IN ('MELDING', 'HULPVRAAG', 'VERZOEK')),
    gemeentecode                 text         NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    urgentie                     text         NOT NULL CHECK (urgentie IN ('ACUUT', 'VERHOOGD', 'NORMAAL')),
    status                       text         NOT NULL CHECK (status IN ('NIEUW', 'BEOORDEELD')),
    ontvangen_op                 timestamptz  NOT NULL,
    betrokkene_bsn               text         CHECK (betrokkene_bsn ~ '^[0-9]{9}$'),
    betrokkene_omschrijving      text,
    melder_soort                 text         CHECK (melder_soort IN ('INWONER', 'PROFESSIONAL', 'ANONIEM')),
    melder_naam                  text,
    melder_organisatie           text,
    melder_telefoonnummer        text,
    melder_email                 text,
    sd_wet                       text         CHECK (sd_wet IN ('WMO', 'JEUGDWET', 'PARTICIPATIEWET', 'WGS')),
    omschrijving_zorgen          text         NOT NULL,
    motivering                   text,
    triage_besluit               text         CHECK (triage_besluit IN ('DOORVERWIJZEN', 'GEEN_ACTIE', 'ONDERZOEK_STARTEN')),
    triage_motivering            text,
    triage_doorverwezen_naar     text         CHECK (triage_doorverwezen_naar IN ('CRISISDIENST', 'ANDER_LOKET')),
    triage_loket                 text,
    triage_client_wil_onderzoek  boolean,
    triage_beoordeeld_op         timestamptz,
    versie                       bigint       NOT NULL,
    CONSTRAINT betrokkene_bekend CHECK (betrokkene_bsn IS NOT NULL OR betrokkene_omschrijving IS NOT NULL),
    CONSTRAINT triage_volledig CHECK ((status = 'BEOORDEELD') = (triage_besluit IS NOT NULL))
);

-- The list's fixed order, and its filters.
CREATE INDEX aanmelding_ontvangen ON aanmelding (ontvangen_op DESC, id DESC);
CREATE INDEX aanmelding_gemeente ON aanmelding (gemeentecode, ontvangen_op DESC);
CREATE INDEX aanmelding_bsn ON aanmelding (betrokkene_bsn) WHERE betrokkene_bsn IS NOT NULL;
