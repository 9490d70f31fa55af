package nl.wams.coordinatie.domain;

/** Why a coordinated approach ended (WAMS.md §3); OVERIG needs an explanation. */
public enum BeeindigingReden {
  DOELEN_BEREIKT,
  AANPAK_NIET_EFFECTIEF,
  CLIENT_TREKT_ZICH_TERUG,
  VERHUISD,
  OVERIG
}
