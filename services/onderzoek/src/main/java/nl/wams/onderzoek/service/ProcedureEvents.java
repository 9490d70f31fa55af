package nl.wams.onderzoek.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.events.Outbox;
import nl.wams.onderzoek.domain.Procedure;

/**
 * The thin change events of onderzoek, written in the changing transaction. They name the procedure
 * by URL and carry process facts only (municipality, entry, outcome) — no personal data.
 */
@ApplicationScoped
public class ProcedureEvents {

  public static final String GESTART = "nl.wams.onderzoek.procedure-gestart";
  public static final String CONCLUSIE_VASTGESTELD = "nl.wams.onderzoek.conclusie-vastgesteld";

  private final Outbox outbox;
  private final PublicUrls urls;

  ProcedureEvents(Outbox outbox, PublicUrls urls) {
    this.outbox = outbox;
    this.urls = urls;
  }

  void gestart(Procedure procedure) {
    outbox.publish(
        GESTART,
        urls.of("/procedures/" + procedure.id()),
        Map.of(
            "gemeentecode", procedure.gemeentecode(),
            "ingang", procedure.ingangSoort().name(),
            "aanmelding",
                procedure.ingangAanmelding() == null ? "" : procedure.ingangAanmelding()));
  }

  void conclusieVastgesteld(Procedure procedure) {
    outbox.publish(
        CONCLUSIE_VASTGESTELD,
        urls.of("/procedures/" + procedure.id()),
        Map.of(
            "gemeentecode", procedure.gemeentecode(),
            "uitkomst", procedure.conclusie().uitkomst().name(),
            "gestartOp", procedure.gestartOp().toString(),
            "clientCoordineertZelf",
                Boolean.TRUE.equals(procedure.conclusie().clientCoordineertZelf())));
  }
}
