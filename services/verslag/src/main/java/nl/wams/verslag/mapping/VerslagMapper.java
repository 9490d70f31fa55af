package nl.wams.verslag.mapping;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.verslag.contract.model.Domein;
import nl.wams.verslag.contract.model.Verslag;
import nl.wams.verslag.contract.model.VerslagAfspraak;
import nl.wams.verslag.contract.model.VerslagDeel;
import nl.wams.verslag.contract.model.VerslagDeelnemer;
import nl.wams.verslag.contract.model.VerslagStatus;
import nl.wams.verslag.contract.model.Verstrekking;
import nl.wams.verslag.domain.Momentopname;
import nl.wams.verslag.service.VerslagService;

/** Between the stored reports and the contract's models; builds the canonical URLs. */
@Singleton
public class VerslagMapper {

  private final PublicUrls urls;

  VerslagMapper(PublicUrls urls) {
    this.urls = urls;
  }

  public URI url(UUID verslag) {
    return urls.of("/verslagen/" + verslag);
  }

  public URI of(String path) {
    return urls.of(path);
  }

  public Verslag toApi(VerslagService.Versie v) {
    return toApi(v, true);
  }

  /**
   * @param metMedewerkers whether the staff who drafted and adopted it are named (not for a
   *     partner: it needs the agreements, not who at the municipality wrote them down)
   */
  public Verslag toApi(VerslagService.Versie v, boolean metMedewerkers) {
    Momentopname inhoud = v.inhoud();
    return new Verslag()
        .url(url(v.verslag().id()))
        .uuid(v.verslag().id())
        .overleg(inhoud.overleg())
        .gemeentecode(inhoud.gemeentecode())
        .gehoudenOp(moment(inhoud.gehoudenOp()))
        .versie(v.versie().nummer())
        .status(VerslagStatus.fromValue(v.versie().status().name()))
        .opgesteldOp(moment(v.versie().opgesteldOp()))
        .opgesteldDoor(metMedewerkers ? v.versie().opgesteldDoor() : null)
        .vastgesteldOp(v.versie().vastgesteldOp().map(VerslagMapper::moment).orElse(null))
        .vastgesteldDoor(metMedewerkers ? v.versie().vastgesteldDoor().orElse(null) : null)
        .deelnemers(deelnemers(inhoud.deelnemers()))
        .afspraken(afspraken(inhoud.afspraken()));
  }

  public VerslagDeel toApi(VerslagService.Deel d) {
    Momentopname inhoud = d.versie().inhoud();
    return new VerslagDeel()
        .verslag(url(d.versie().verslag().id()))
        .overleg(inhoud.overleg())
        .gemeentecode(inhoud.gemeentecode())
        .gehoudenOp(moment(inhoud.gehoudenOp()))
        .versie(d.versie().versie().nummer())
        .vastgesteldOp(d.versie().versie().vastgesteldOp().map(VerslagMapper::moment).orElse(null))
        .deelnemer(deelnemer(d.deel().deelnemer()))
        .deelnemers(deelnemers(d.deel().deelnemers()))
        .afspraken(afspraken(d.deel().afspraken()));
  }

  public Verstrekking toApi(nl.wams.verslag.domain.Verstrekking v) {
    return new Verstrekking()
        .id(v.id())
        .versie(v.versie())
        .deelnemer(v.deelnemer())
        .organisatie(v.organisatie())
        .verstrektOp(moment(v.verstrektOp()))
        .verstrektDoor(v.verstrektDoor());
  }

  private static List<VerslagDeelnemer> deelnemers(List<Momentopname.Deelnemer> deelnemers) {
    return deelnemers.stream().map(VerslagMapper::deelnemer).toList();
  }

  private static VerslagDeelnemer deelnemer(Momentopname.Deelnemer d) {
    return new VerslagDeelnemer()
        .id(d.id())
        .organisatie(d.organisatie())
        .domein(d.domein() == null ? null : Domein.fromValue(d.domein()))
        .rol(d.rol())
        .aanwezig(d.aanwezig());
  }

  private static List<VerslagAfspraak> afspraken(List<Momentopname.Afspraak> afspraken) {
    return afspraken.stream()
        .map(
            a ->
                new VerslagAfspraak()
                    .id(a.id())
                    .omschrijving(a.omschrijving())
                    .partij(a.partij())
                    .organisatie(a.organisatie())
                    .deadline(a.deadline()))
        .toList();
  }

  private static OffsetDateTime moment(Instant moment) {
    return moment == null ? null : moment.atOffset(ZoneOffset.UTC);
  }
}
