package nl.wams.casusoverleg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/**
 * What a participant shared in the overleg, with the category of the data and the provider's
 * conditions on its further use (000 ch. 2: the Wams allows conditions on further dissemination).
 * Who receives it is decided by {@link InbrengRegels}.
 */
@Embeddable
public record Inbreng(
    UUID id,
    UUID verstrekker,
    @Enumerated(EnumType.STRING) Gegevenscategorie categorie,
    String inhoud,
    @Column(name = "niet_verder_verstrekken") boolean nietVerderVerstrekken,
    @Column(name = "niet_voor_handhaving") boolean nietVoorHandhaving,
    @Column(name = "alleen_voor") @Convert(converter = OntvangersKolom.class) Ontvangers alleenVoor,
    @Column(name = "ingebracht_op") Instant ingebrachtOp) {}
