package nl.wams.casusoverleg.domain;

/** Whether one condition holds; not applicable only for the domain law on ordinary data. */
public enum Vervulling {
  VERVULD,
  NIET_VERVULD,
  OPEN,
  NIET_VAN_TOEPASSING
}
