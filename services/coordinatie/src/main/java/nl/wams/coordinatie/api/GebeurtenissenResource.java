package nl.wams.coordinatie.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.wams.commons.events.Inbox;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.ProblemException;
import nl.wams.coordinatie.contract.GebeurtenissenApi;
import nl.wams.coordinatie.contract.model.Gebeurtenis;
import nl.wams.coordinatie.domain.ProcedureFeiten;
import nl.wams.coordinatie.domain.Uitkomst;
import nl.wams.coordinatie.service.AanpakService;

/**
 * Receives thin change events from the other components (only their service account may deliver).
 * Each event is handled at most once; a redelivery is acknowledged with 204 and changes nothing.
 */
@RolesAllowed("wams-service")
public class GebeurtenissenResource implements GebeurtenissenApi {

  static final String CONCLUSIE_VASTGESTELD = "nl.wams.onderzoek.conclusie-vastgesteld";

  private final Inbox inbox;
  private final AanpakService aanpakken;

  GebeurtenissenResource(Inbox inbox, AanpakService aanpakken) {
    this.inbox = inbox;
    this.aanpakken = aanpakken;
  }

  @Override
  public Response ontvangGebeurtenis(Gebeurtenis gebeurtenis) {
    if (CONCLUSIE_VASTGESTELD.equals(gebeurtenis.getType())) {
      URI procedure = procedure(gebeurtenis.getSubject());
      ProcedureFeiten feiten = feiten(gebeurtenis.getData());
      inbox.once(
          gebeurtenis.getSource(),
          gebeurtenis.getId(),
          () -> aanpakken.naConclusie(procedure, feiten));
    }
    return Response.noContent().build();
  }

  private static URI procedure(String subject) {
    if (subject == null || subject.isBlank()) {
      throw ProblemException.invalid("subject", InvalidParam.REQUIRED, "Noem de procedure (URL).");
    }
    return URI.create(subject);
  }

  private static ProcedureFeiten feiten(Map<String, Object> data) {
    try {
      return new ProcedureFeiten(
          (String) required(data, "gemeentecode"),
          Uitkomst.valueOf((String) required(data, "uitkomst")),
          Boolean.TRUE.equals(data.get("clientCoordineertZelf")),
          Instant.parse((String) required(data, "gestartOp")));
    } catch (ClassCastException | IllegalArgumentException | DateTimeParseException e) {
      throw ProblemException.invalid(
          "data",
          InvalidParam.INVALID,
          "De gegevens van de conclusie hebben niet de verwachte vorm.");
    }
  }

  private static Object required(Map<String, Object> data, String name) {
    Object value = data == null ? null : data.get(name);
    if (value == null) {
      throw ProblemException.invalid(
          "data." + name, InvalidParam.REQUIRED, "Dit gegeven ontbreekt.");
    }
    return value;
  }
}
