package nl.wams.inzage.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.inzage.contract.VerwerkingenApi;
import nl.wams.inzage.domain.Termijn;
import nl.wams.inzage.domain.Toegang;
import nl.wams.inzage.service.Verwerkingen;

/** "Who used my data", from the gateway's Logboek with the resident's own token. */
@RolesAllowed("**")
public class VerwerkingenResource implements VerwerkingenApi {

  private final Verwerkingen verwerkingen;
  private final PublicUrls urls;
  private final CurrentCaller caller;
  private final Betrokkenen betrokkenen;

  VerwerkingenResource(
      Verwerkingen verwerkingen, PublicUrls urls, CurrentCaller caller, Betrokkenen betrokkenen) {
    this.verwerkingen = verwerkingen;
    this.urls = urls;
    this.caller = caller;
    this.betrokkenen = betrokkenen;
  }

  @Override
  public Response listInzageVerwerkingen(
      LocalDate van, LocalDate tot, Integer page, Integer pageSize) {
    Caller wie = caller.get();
    if (!Toegang.isInwoner(wie)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Alleen de inwoner zelf ziet wie zijn gegevens gebruikte.");
    }
    betrokkenen.noem(wie.bsn().get());
    Verwerkingen.Periode periode = Verwerkingen.Periode.van(van, tot, LocalDate.now(Termijn.NL));
    ObjectNode body =
        verwerkingen.pagina(caller.bearerToken(), wie.bsn().get(), periode, page, pageSize);
    Pagina<Object> telling =
        new Pagina<>(java.util.List.of(), body.path("count").asLong(), page, pageSize);
    UriBuilder zelf =
        UriBuilder.fromUri(urls.of("/verwerkingen"))
            .queryParam("van", periode.van())
            .queryParam("tot", periode.tot())
            .queryParam("pageSize", pageSize);
    body.put("next", telling.heeftVolgende() ? telling.volgende(zelf).toString() : null);
    body.put("previous", telling.heeftVorige() ? telling.vorige(zelf).toString() : null);
    return Response.ok(body).build();
  }
}
