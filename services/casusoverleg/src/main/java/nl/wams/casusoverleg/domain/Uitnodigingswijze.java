package nl.wams.casusoverleg.domain;

/** How the invitation was made. */
public enum Uitnodigingswijze {
  GESPREK,
  BRIEF,
  TELEFONISCH,
  DIGITAAL
}
