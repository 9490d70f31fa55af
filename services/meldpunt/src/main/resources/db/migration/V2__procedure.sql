-- The procedure at onderzoek that followed an aanmelding (its URL), set when onderzoek announces
-- it (event nl.wams.onderzoek.procedure-gestart).
ALTER TABLE aanmelding ADD COLUMN procedure text;
