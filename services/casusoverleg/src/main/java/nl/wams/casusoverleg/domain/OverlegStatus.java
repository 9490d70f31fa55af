package nl.wams.casusoverleg.domain;

/** Planned until the organiser records that it was held. */
public enum OverlegStatus {
  GEPLAND,
  GEHOUDEN
}
