package nl.wams.meldpunt.domain;

/** Where a referral goes: acute concerns to the crisis service, others to another desk. */
public enum Doorverwijzing {
  CRISISDIENST,
  ANDER_LOKET
}
