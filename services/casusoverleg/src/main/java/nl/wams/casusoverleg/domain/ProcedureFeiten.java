package nl.wams.casusoverleg.domain;

/**
 * What casusoverleg learns from the Wams procedure at onderzoek when an overleg about it is
 * planned: its municipality (kept), whether it is still being investigated and whether its
 * conclusion calls for coordination (only checked). Nothing else of the dossier is kept.
 */
public record ProcedureFeiten(
    String gemeentecode, boolean inOnderzoek, boolean gecoordineerdeAanpak) {}
