package nl.wams.verslag.domain;

/** A version is a draft until adopted; an adopted version never changes. */
public enum VerslagStatus {
  CONCEPT,
  VASTGESTELD
}
