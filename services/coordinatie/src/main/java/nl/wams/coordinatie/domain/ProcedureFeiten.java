package nl.wams.coordinatie.domain;

import java.time.Instant;

/**
 * What coordinatie takes from the Wams procedure at onderzoek when it creates the aanpak, and
 * nothing more: the municipality, the outcome of the conclusion (null while there is none), whether
 * the client may coordinate themselves, and when the procedure started.
 */
public record ProcedureFeiten(
    String gemeentecode, Uitkomst uitkomst, boolean clientCoordineertZelf, Instant gestartOp) {}
