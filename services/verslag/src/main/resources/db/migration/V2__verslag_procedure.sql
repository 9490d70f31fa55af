-- The procedure at onderzoek that the report's overleg is about (casusoverleg's Overleg.procedure, its
-- URL; no BSN), so that every answer that discloses the report can name the procedure's people for the
-- Logboek (Wams-Betrokkenen, asked at onderzoek when answering). Null for an anonymous overleg, which is
-- about nobody known. Kept beside the snapshot (verslag_versie.inhoud), not in it: the parts do not
-- change.
-- procedure_bekend says whether verslag knows it. A report drafted before this migration does not (an
-- unknown procedure is not an anonymous overleg), so it starts false: the next time verslag discloses or
-- changes that report it fetches the overleg again from casusoverleg with the caller's token, as when
-- drafting, and records the procedure then (no answer: 503, nothing disclosed). A report drafted or
-- refreshed from now on records it at once.
ALTER TABLE verslag ADD COLUMN procedure text;
ALTER TABLE verslag ADD COLUMN procedure_bekend boolean NOT NULL DEFAULT false;
ALTER TABLE verslag ALTER COLUMN procedure_bekend DROP DEFAULT;
ALTER TABLE verslag ADD CONSTRAINT procedure_alleen_bekend CHECK (procedure_bekend OR procedure IS NULL);
