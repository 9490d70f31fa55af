package nl.wams.onderzoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** The recorded conclusion of the onderzoek; its outcome follows from {@link Coordinatieregel}. */
@Embeddable
public record Conclusie(
    @Enumerated(EnumType.STRING) @Column(name = "conclusie_uitkomst") Uitkomst uitkomst,
    @Column(name = "conclusie_wenselijk") Boolean gecoordineerdeAanpakWenselijk,
    @Column(name = "conclusie_motivering") String motivering,
    @Column(name = "conclusie_client_geinformeerd_op") LocalDate clientGeinformeerdOp,
    @Column(name = "conclusie_client_geinformeerd_wijze") String clientGeinformeerdWijze,
    @Column(name = "conclusie_client_coordineert_zelf") Boolean clientCoordineertZelf,
    @Column(name = "conclusie_ondersteuning_aangeboden") Boolean clientondersteuningAangeboden,
    @Column(name = "conclusie_ondersteuning_gebruikt") Boolean clientondersteuningGebruikt,
    @Column(name = "conclusie_vastgesteld_op") Instant vastgesteldOp) {}
