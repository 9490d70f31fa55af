package nl.wams.casusoverleg.domain;

/** About an identified client (with a procedure) or anonymous, without personal data (003 §2). */
public enum OverlegSoort {
  GEIDENTIFICEERD,
  ANONIEM
}
