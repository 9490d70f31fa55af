package nl.wams.onderzoek.domain;

import java.time.LocalDate;

/** The conclusion as entered by the onderzoeker. */
public record ConclusieInvoer(
    boolean gecoordineerdeAanpakWenselijk,
    String motivering,
    LocalDate clientGeinformeerdOp,
    String clientGeinformeerdWijze,
    boolean clientCoordineertZelf,
    boolean clientondersteuningAangeboden,
    Boolean clientondersteuningGebruikt) {}
