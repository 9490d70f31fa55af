package nl.wams.casusoverleg.domain;

/** Who is invited besides the participants: the client and/or their representative or support. */
public enum Genodigde {
  CLIENT,
  VERTEGENWOORDIGER,
  CLIENTONDERSTEUNER
}
