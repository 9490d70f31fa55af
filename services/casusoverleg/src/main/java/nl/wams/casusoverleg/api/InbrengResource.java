package nl.wams.casusoverleg.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.wams.casusoverleg.contract.InbrengApi;
import nl.wams.casusoverleg.contract.model.InbrengGegevens;
import nl.wams.casusoverleg.contract.model.InbrengPagina;
import nl.wams.casusoverleg.domain.Inbreng;
import nl.wams.casusoverleg.domain.OverlegWeergave;
import nl.wams.casusoverleg.mapping.Links;
import nl.wams.casusoverleg.mapping.OverlegMapper;
import nl.wams.casusoverleg.service.OverlegService;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.CurrentCaller;

/**
 * The inbreng of an overleg over HTTP. Lists and single items come from the caller's {@link
 * OverlegWeergave}: what a participant may not receive is absent from a list and 403 on its own.
 */
@RolesAllowed("**")
public class InbrengResource implements InbrengApi {

  private final OverlegService service;
  private final Links links;
  private final CurrentCaller caller;

  InbrengResource(OverlegService service, Links links, CurrentCaller caller) {
    this.service = service;
    this.links = links;
    this.caller = caller;
  }

  @Override
  public Response listInbreng(UUID uuid, Integer page, Integer pageSize) {
    OverlegWeergave overleg = service.vind(uuid, caller.get());
    Pagina<Inbreng> pagina = Pagina.uit(overleg.inbreng(), page, pageSize);
    var zelf = Paginering.zelf(links.of("/overleggen/" + uuid + "/inbreng"), pageSize);
    return Response.ok(
            new InbrengPagina()
                .count(pagina.totaal())
                .results(
                    pagina.items().stream().map(i -> OverlegMapper.toApi(uuid, i, links)).toList())
                .next(pagina.volgende(zelf))
                .previous(pagina.vorige(zelf)))
        .build();
  }

  @Override
  public Response getInbreng(UUID uuid, UUID inbreng) {
    OverlegWeergave overleg = service.vind(uuid, caller.get());
    if (overleg.overleg().inbreng(inbreng).isEmpty()) {
      throw ProblemException.notFound("Dit overleg heeft geen inbreng met deze id.");
    }
    Inbreng zichtbaar =
        overleg
            .inbreng(inbreng)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Deze inbreng is niet voor u: de verstrekker heeft er voorwaarden aan"
                            + " verbonden."));
    return Response.ok(OverlegMapper.toApi(uuid, zichtbaar, links)).build();
  }

  @Override
  public Response addInbreng(UUID uuid, InbrengGegevens gegevens, String ifMatch) {
    OverlegService.Wijziging<Inbreng> wijziging =
        service.brengIn(uuid, ifMatch, caller.get(), OverlegMapper.toInvoer(gegevens));
    Inbreng inbreng = wijziging.onderdeel();
    return Antwoorden.aangemaakt(
        links.inbreng(uuid, inbreng.id()), OverlegMapper.toApi(uuid, inbreng, links), wijziging);
  }
}
