package nl.wams.casusoverleg.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.wams.casusoverleg.contract.VerzoekenApi;
import nl.wams.casusoverleg.contract.model.BeoordelingGegevens;
import nl.wams.casusoverleg.contract.model.InstemmingGegevens;
import nl.wams.casusoverleg.contract.model.VerzoekGegevens;
import nl.wams.casusoverleg.contract.model.VerzoekenPagina;
import nl.wams.casusoverleg.domain.OverlegWeergave;
import nl.wams.casusoverleg.domain.Verzoek;
import nl.wams.casusoverleg.mapping.Links;
import nl.wams.casusoverleg.mapping.OverlegMapper;
import nl.wams.casusoverleg.service.OverlegService;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.CurrentCaller;

/** The requests for further processing over HTTP, from the caller's {@link OverlegWeergave}. */
@RolesAllowed("**")
public class VerzoekenResource implements VerzoekenApi {

  private final OverlegService service;
  private final Links links;
  private final CurrentCaller caller;

  VerzoekenResource(OverlegService service, Links links, CurrentCaller caller) {
    this.service = service;
    this.links = links;
    this.caller = caller;
  }

  @Override
  public Response listVerzoeken(UUID uuid, Integer page, Integer pageSize) {
    OverlegWeergave overleg = service.vind(uuid, caller.get());
    Pagina<Verzoek> pagina = Pagina.uit(overleg.verzoeken(), page, pageSize);
    var zelf = Paginering.zelf(links.of("/overleggen/" + uuid + "/verzoeken"), pageSize);
    return Response.ok(
            new VerzoekenPagina()
                .count(pagina.totaal())
                .results(
                    pagina.items().stream().map(v -> OverlegMapper.toApi(uuid, v, links)).toList())
                .next(pagina.volgende(zelf))
                .previous(pagina.vorige(zelf)))
        .build();
  }

  @Override
  public Response getVerzoek(UUID uuid, UUID verzoek) {
    OverlegWeergave overleg = service.vind(uuid, caller.get());
    if (overleg.overleg().verzoek(verzoek).isEmpty()) {
      throw ProblemException.notFound("Dit overleg heeft geen verzoek met deze id.");
    }
    Verzoek zichtbaar =
        overleg
            .verzoek(verzoek)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.FORBIDDEN, "U heeft geen toegang tot dit verzoek."));
    return Response.ok(OverlegMapper.toApi(uuid, zichtbaar, links)).build();
  }

  @Override
  public Response addVerzoek(UUID uuid, VerzoekGegevens gegevens, String ifMatch) {
    OverlegService.Wijziging<Verzoek> wijziging =
        service.dienVerzoekIn(uuid, ifMatch, caller.get(), OverlegMapper.toInvoer(gegevens));
    Verzoek verzoek = wijziging.onderdeel();
    return Antwoorden.aangemaakt(
        links.verzoek(uuid, verzoek.id()), OverlegMapper.toApi(uuid, verzoek, links), wijziging);
  }

  @Override
  public Response stemIn(UUID uuid, UUID verzoek, InstemmingGegevens gegevens, String ifMatch) {
    OverlegService.Wijziging<Verzoek> wijziging =
        service.stemIn(
            uuid,
            verzoek,
            ifMatch,
            caller.get(),
            gegevens.getInstemming(),
            gegevens.getToelichting());
    return Antwoorden.gewijzigd(OverlegMapper.toApi(uuid, wijziging.onderdeel(), links), wijziging);
  }

  @Override
  public Response beoordeelNoodzaak(
      UUID uuid, UUID verzoek, BeoordelingGegevens gegevens, String ifMatch) {
    OverlegService.Wijziging<Verzoek> wijziging =
        service.beoordeel(
            uuid,
            verzoek,
            ifMatch,
            caller.get(),
            gegevens.getNoodzakelijk(),
            gegevens.getToelichting());
    return Antwoorden.gewijzigd(OverlegMapper.toApi(uuid, wijziging.onderdeel(), links), wijziging);
  }
}
