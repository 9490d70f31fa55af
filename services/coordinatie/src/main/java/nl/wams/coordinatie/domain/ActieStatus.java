package nl.wams.coordinatie.domain;

/** Progress of an action; a blocked action names the reason. */
public enum ActieStatus {
  OPEN,
  BEZIG,
  GEBLOKKEERD,
  AFGEROND
}
