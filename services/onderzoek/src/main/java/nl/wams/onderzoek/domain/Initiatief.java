package nl.wams.onderzoek.domain;

/** Who took the initiative: the client, a professional, or someone in the environment (melding). */
public enum Initiatief {
  CLIENT,
  PROFESSIONAL,
  OMGEVING
}
