package nl.wams.onderzoek.domain;

/** ONDERZOEK until the conclusion is recorded; then the dossier is AFGEROND and fixed. */
public enum ProcedureStatus {
  ONDERZOEK,
  AFGEROND
}
