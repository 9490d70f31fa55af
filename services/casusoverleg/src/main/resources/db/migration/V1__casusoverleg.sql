-- One casusoverleg: about a Wams procedure at onderzoek (by its URL; the procedure holds the client's
-- personal data, not this service) or anonymous, without any procedure.
CREATE TABLE overleg (
    id             uuid         PRIMARY KEY,
    soort          text         NOT NULL CHECK (soort IN ('GEIDENTIFICEERD', 'ANONIEM')),
    fase           text         NOT NULL CHECK (fase IN ('ONDERZOEK', 'UITVOERING')),
    procedure      text,
    gemeentecode   text         NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    onderwerp      text         NOT NULL,
    gepland_op     timestamptz  NOT NULL,
    status         text         NOT NULL CHECK (status IN ('GEPLAND', 'GEHOUDEN')),
    organisator    text         NOT NULL,
    aangemaakt_op  timestamptz  NOT NULL,
    gehouden_op    timestamptz,
    versie         bigint       NOT NULL,
    CONSTRAINT anoniem_zonder_procedure CHECK ((soort = 'ANONIEM') = (procedure IS NULL)),
    CONSTRAINT gehouden_met_moment CHECK ((status = 'GEHOUDEN') = (gehouden_op IS NOT NULL))
);
-- The list's fixed order within a municipality, and the filter by procedure.
CREATE INDEX overleg_gemeente ON overleg (gemeentecode, aangemaakt_op DESC, id DESC);
CREATE INDEX overleg_procedure ON overleg (procedure) WHERE procedure IS NOT NULL;

-- The participating organisations, each with the recorded necessity of its participation.
CREATE TABLE deelnemer (
    overleg_id    uuid     NOT NULL REFERENCES overleg (id) ON DELETE CASCADE,
    volgnummer    integer  NOT NULL,
    id            uuid     NOT NULL,
    organisatie   text     NOT NULL,
    domein        text     NOT NULL CHECK (domein IN ('WMO', 'JEUGDWET', 'PARTICIPATIEWET', 'WGS', 'ONDERWIJS', 'WERK_INKOMEN', 'ZORG', 'WONEN', 'VEILIGHEID')),
    rol           text     NOT NULL,
    handhavend    boolean  NOT NULL,
    noodzaak      text     NOT NULL CHECK (btrim(noodzaak) <> ''),
    aanwezig      boolean,
    PRIMARY KEY (overleg_id, volgnummer)
);
-- A partner finds the overleggen of its organisation (token claim organisatie, case-insensitive).
CREATE INDEX deelnemer_organisatie ON deelnemer (lower(organisatie));

-- Invitations of the client, a representative or a cliëntondersteuner, and their attendance.
CREATE TABLE uitnodiging (
    overleg_id      uuid     NOT NULL REFERENCES overleg (id) ON DELETE CASCADE,
    volgnummer      integer  NOT NULL,
    id              uuid     NOT NULL,
    genodigde       text     NOT NULL CHECK (genodigde IN ('CLIENT', 'VERTEGENWOORDIGER', 'CLIENTONDERSTEUNER')),
    naam            text,
    uitgenodigd_op  date     NOT NULL,
    wijze           text     NOT NULL CHECK (wijze IN ('GESPREK', 'BRIEF', 'TELEFONISCH', 'DIGITAAL')),
    aanwezig        boolean,
    PRIMARY KEY (overleg_id, volgnummer)
);

-- What a participant shared, with its conditions. alleen_voor lists the ids of the only participants
-- who receive it (comma-separated; empty: everyone the other conditions allow).
CREATE TABLE inbreng (
    overleg_id               uuid         NOT NULL REFERENCES overleg (id) ON DELETE CASCADE,
    volgnummer               integer      NOT NULL,
    id                       uuid         NOT NULL,
    verstrekker              uuid         NOT NULL,
    categorie                text         NOT NULL CHECK (categorie IN ('IDENTIFICATIE', 'CONTACT', 'FINANCIEEL', 'WERK_INKOMEN', 'WONEN', 'ONDERWIJS', 'ZORG', 'GEZONDHEID', 'STRAFRECHTELIJK', 'VEILIGHEID')),
    inhoud                   text         NOT NULL,
    niet_verder_verstrekken  boolean      NOT NULL,
    niet_voor_handhaving     boolean      NOT NULL,
    alleen_voor              text         NOT NULL,
    ingebracht_op            timestamptz  NOT NULL,
    PRIMARY KEY (overleg_id, volgnummer)
);

-- The agreements: the only content of the (later) verslag.
CREATE TABLE afspraak (
    overleg_id     uuid         NOT NULL REFERENCES overleg (id) ON DELETE CASCADE,
    volgnummer     integer      NOT NULL,
    id             uuid         NOT NULL,
    omschrijving   text         NOT NULL,
    partij         uuid         NOT NULL,
    deadline       date         NOT NULL,
    vastgelegd_op  timestamptz  NOT NULL,
    PRIMARY KEY (overleg_id, volgnummer)
);

-- Requests for further processing outside the overleg, the answers and the decision with its grounds
-- per condition, kept as decided (a later change of the domain-law table does not rewrite them).
CREATE TABLE verzoek (
    overleg_id               uuid         NOT NULL REFERENCES overleg (id) ON DELETE CASCADE,
    volgnummer               integer      NOT NULL,
    id                       uuid         NOT NULL,
    inbreng                  uuid         NOT NULL,
    verzoeker                uuid         NOT NULL,
    categorie                text         NOT NULL,
    verzoeker_domein         text         NOT NULL,
    eigen_taak               text         NOT NULL,
    motivering               text         NOT NULL CHECK (btrim(motivering) <> ''),
    ingediend_op             timestamptz  NOT NULL,
    instemming               boolean,
    instemming_toelichting   text,
    instemming_op            timestamptz,
    noodzakelijk             boolean,
    beoordeling_toelichting  text,
    beoordeeld_op            timestamptz,
    uitkomst                 text         NOT NULL CHECK (uitkomst IN ('OPEN', 'TOEGESTAAN', 'GEWEIGERD')),
    grond_noodzaak           text         NOT NULL CHECK (grond_noodzaak IN ('VERVULD', 'NIET_VERVULD', 'OPEN')),
    grond_instemming         text         NOT NULL CHECK (grond_instemming IN ('VERVULD', 'NIET_VERVULD', 'OPEN')),
    grond_domeinwet          text         NOT NULL CHECK (grond_domeinwet IN ('VERVULD', 'NIET_VERVULD', 'NIET_VAN_TOEPASSING')),
    domeinwet_toelichting    text         NOT NULL,
    besloten_op              timestamptz,
    PRIMARY KEY (overleg_id, volgnummer),
    CONSTRAINT instemming_met_moment CHECK ((instemming IS NULL) = (instemming_op IS NULL)),
    CONSTRAINT beoordeling_met_toelichting CHECK ((noodzakelijk IS NULL) = (beoordeling_toelichting IS NULL) AND (noodzakelijk IS NULL) = (beoordeeld_op IS NULL)),
    CONSTRAINT besloten_met_moment CHECK ((uitkomst = 'OPEN') = (besloten_op IS NULL))
);
