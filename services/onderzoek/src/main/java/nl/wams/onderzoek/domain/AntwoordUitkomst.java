package nl.wams.onderzoek.domain;

/** A party either provides the requested data or refuses for weighty reasons. */
public enum AntwoordUitkomst {
  VERSTREKT,
  GEWEIGERD
}
