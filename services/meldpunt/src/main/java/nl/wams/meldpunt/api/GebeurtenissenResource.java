package nl.wams.meldpunt.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.events.Inbox;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.ProblemException;
import nl.wams.meldpunt.contract.GebeurtenissenApi;
import nl.wams.meldpunt.contract.model.Gebeurtenis;
import nl.wams.meldpunt.service.AanmeldingService;

/**
 * Receives thin change events from the other components (only their service account may deliver).
 * Each event is handled at most once; a redelivery is acknowledged with 204 and changes nothing.
 */
@RolesAllowed("wams-service")
public class GebeurtenissenResource implements GebeurtenissenApi {

  static final String PROCEDURE_GESTART = "nl.wams.onderzoek.procedure-gestart";

  private final Inbox inbox;
  private final AanmeldingService aanmeldingen;
  private final PublicUrls urls;

  GebeurtenissenResource(Inbox inbox, AanmeldingService aanmeldingen, PublicUrls urls) {
    this.inbox = inbox;
    this.aanmeldingen = aanmeldingen;
    this.urls = urls;
  }

  @Override
  public Response ontvangMeldpuntGebeurtenis(Gebeurtenis gebeurtenis) {
    if (PROCEDURE_GESTART.equals(gebeurtenis.getType())) {
      String procedure = verplicht(gebeurtenis.getSubject(), "subject");
      String gemeentecode =
          verplicht(tekst(gebeurtenis.getData(), "gemeentecode"), "data.gemeentecode");
      // A procedure that did not start from one of this meldpunt's aanmeldingen concerns us not.
      Optional<UUID> aanmelding = eigenAanmelding(tekst(gebeurtenis.getData(), "aanmelding"));
      inbox.once(
          gebeurtenis.getSource(),
          gebeurtenis.getId(),
          () ->
              aanmelding.ifPresent(
                  id -> aanmeldingen.procedureGestart(id, procedure, gemeentecode)));
    }
    return Response.noContent().build();
  }

  /** The uuid of an aanmelding of this meldpunt, if the URL names one. */
  private Optional<UUID> eigenAanmelding(String url) {
    return PublicUrls.uuidNa(urls.of("/aanmeldingen/").toString(), url);
  }

  private static String tekst(Map<String, Object> data, String naam) {
    Object waarde = data == null ? null : data.get(naam);
    return waarde instanceof String s && !s.isBlank() ? s : null;
  }

  private static String verplicht(String waarde, String veld) {
    if (waarde == null || waarde.isBlank()) {
      throw ProblemException.invalid(veld, InvalidParam.REQUIRED, "Dit gegeven ontbreekt.");
    }
    return waarde;
  }
}
