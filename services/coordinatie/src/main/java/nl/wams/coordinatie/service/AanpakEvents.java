package nl.wams.coordinatie.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.events.Outbox;
import nl.wams.coordinatie.domain.Aanpak;

/**
 * The thin change events of coordinatie, written in the changing transaction: the aanpak by URL and
 * process facts only (municipality, procedure URL, reason and date of the end) - no personal data,
 * no explanation text. verslag counts ended procedures and their lead time from it.
 */
@ApplicationScoped
public class AanpakEvents {

  public static final String BEEINDIGD = "nl.wams.coordinatie.aanpak-beeindigd";

  private final Outbox outbox;
  private final PublicUrls urls;

  AanpakEvents(Outbox outbox, PublicUrls urls) {
    this.outbox = outbox;
    this.urls = urls;
  }

  void beeindigd(Aanpak aanpak) {
    var beeindiging = aanpak.beeindiging().orElseThrow();
    outbox.publish(
        BEEINDIGD,
        urls.of("/aanpakken/" + aanpak.id()),
        Map.of(
            "gemeentecode", aanpak.gemeentecode(),
            "procedure", aanpak.procedure().toString(),
            "reden", beeindiging.reden().name(),
            "beeindigdOp", beeindiging.datum().toString()));
  }
}
