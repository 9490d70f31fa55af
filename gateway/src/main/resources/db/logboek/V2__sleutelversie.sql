-- The version of the HMAC key under which data_subject_id was made, so that the key can be rotated
-- (docs/gateway.md). Rows written before this column carry none: they were made under version 1.
-- The hash chain covers the column only where it is set, so those rows keep their hashes.
ALTER TABLE logboek_verwerking ADD COLUMN sleutelversie text;
