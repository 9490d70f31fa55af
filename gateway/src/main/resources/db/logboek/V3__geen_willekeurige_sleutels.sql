-- No index on a random key in the Logboek's write path (docs/gateway.md, "Logboek", "Indexes").
-- A trace id is random, so every record put a new entry on a random leaf page of each trace index.
-- Once those indexes outgrew memory, each request read pages back in and, after every checkpoint,
-- wrote them whole to the WAL: 2.25 full-page images and 15 kB of WAL per request at 4.7 million
-- records (docs/performance.md, session 6).
--
-- No query looks a record up by trace id alone. The FG's audit query finds the audit rows of a data
-- subject's requests through their start: an audit row's tijdstip is the start_time of the records
-- of the same request (both are the gateway's Verzoek.start), so (tijdstip, trace_id) finds it, and
-- an index on tijdstip grows at its right-hand edge, on pages already in memory.
DROP INDEX logboek_verwerking_trace;
DROP INDEX audit_regel_trace;
CREATE INDEX audit_regel_tijdstip ON audit_regel (tijdstip);
