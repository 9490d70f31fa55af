package nl.wams.coordinatie.domain;

/** What the workflow view reports, in the order of this enum within one day and aanpak. */
public enum SignaalSoort {
  ACTIE_TE_LAAT,
  ACTIE_GEBLOKKEERD,
  EVALUATIE_VERLOPEN,
  EINDDATUM_VERSTREKEN
}
