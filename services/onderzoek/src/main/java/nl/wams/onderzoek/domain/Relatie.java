package nl.wams.onderzoek.domain;

/** How a household member relates to the betrokkene. */
public enum Relatie {
  PARTNER,
  KIND,
  OUDER,
  OVERIG
}
