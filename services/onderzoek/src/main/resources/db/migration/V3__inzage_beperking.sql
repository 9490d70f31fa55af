-- A caseworker may withhold an item from the client's inzage, only with a ground and a recorded
-- reason (who and when included). The client sees the ground, never the item or the reason.
ALTER TABLE probleem
    ADD COLUMN inzage_beperking_grond text CHECK (inzage_beperking_grond IN ('BELANG_CLIENT', 'BESCHERMING_DERDE')),
    ADD COLUMN inzage_beperking_reden text,
    ADD COLUMN inzage_beperking_op    timestamptz,
    ADD COLUMN inzage_beperking_door  text,
    ADD CONSTRAINT probleem_beperking_met_reden CHECK ((inzage_beperking_grond IS NULL) = (inzage_beperking_reden IS NULL));
ALTER TABLE interventie
    ADD COLUMN inzage_beperking_grond text CHECK (inzage_beperking_grond IN ('BELANG_CLIENT', 'BESCHERMING_DERDE')),
    ADD COLUMN inzage_beperking_reden text,
    ADD COLUMN inzage_beperking_op    timestamptz,
    ADD COLUMN inzage_beperking_door  text,
    ADD CONSTRAINT interventie_beperking_met_reden CHECK ((inzage_beperking_grond IS NULL) = (inzage_beperking_reden IS NULL));
ALTER TABLE gegevensverzoek
    ADD COLUMN inzage_beperking_grond text CHECK (inzage_beperking_grond IN ('BELANG_CLIENT', 'BESCHERMING_DERDE')),
    ADD COLUMN inzage_beperking_reden text,
    ADD COLUMN inzage_beperking_op    timestamptz,
    ADD COLUMN inzage_beperking_door  text,
    ADD CONSTRAINT gegevensverzoek_beperking_met_reden CHECK ((inzage_beperking_grond IS NULL) = (inzage_beperking_reden IS NULL));
