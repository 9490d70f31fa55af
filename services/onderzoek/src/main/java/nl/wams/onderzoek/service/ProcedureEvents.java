package nl.wams.onderzoek.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.events.Outbox;
import nl.wams.onderzoek.domain.Procedure;

/**
 * The thin change events of onderzoek, written in the changing transaction. They name the procedure
 * by URL and carry process facts only (municipality, entry, dates, outcome, domains involved,
 * whether client support was offered and used, a repeated onderzoek) — no personal data.
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
            "aanmelding", procedure.ingangAanmelding() == null ? "" : procedure.ingangAanmelding(),
            "herhaaldOnderzoek", procedure.herhaaldOnderzoek(),
            "gestartOp", procedure.gestartOp().toString()));
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
                Boolean.TRUE.equals(procedure.conclusie().clientCoordineertZelf()),
            "vastgesteldOp", procedure.conclusie().vastgesteldOp().toString(),
            "clientondersteuningAangeboden",
                Boolean.TRUE.equals(procedure.conclusie().clientondersteuningAangeboden()),
            "clientondersteuningGebruikt",
                Boolean.TRUE.equals(procedure.conclusie().clientondersteuningGebruikt()),
            "domeinen",
                procedure.problemen().stream()
                    .map(p -> p.domein().name())
                    .distinct()
                    .sorted()
                    .toList()));
  }
}
