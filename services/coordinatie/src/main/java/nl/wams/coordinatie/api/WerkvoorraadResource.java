package nl.wams.coordinatie.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.coordinatie.contract.WerkvoorraadApi;
import nl.wams.coordinatie.contract.model.SignaalSoort;
import nl.wams.coordinatie.contract.model.WerkvoorraadPagina;
import nl.wams.coordinatie.domain.Signaal;
import nl.wams.coordinatie.mapping.AanpakMapper;
import nl.wams.coordinatie.mapping.Links;
import nl.wams.coordinatie.service.AanpakService;

/** The workflow view over HTTP; what the caller may not see is silently absent. */
@RolesAllowed("**")
public class WerkvoorraadResource implements WerkvoorraadApi {

  private final AanpakService service;
  private final Links links;
  private final CurrentCaller caller;

  WerkvoorraadResource(AanpakService service, Links links, CurrentCaller caller) {
    this.service = service;
    this.links = links;
    this.caller = caller;
  }

  @Override
  public Response getWerkvoorraad(
      Integer page, Integer pageSize, UUID coordinator, UUID aanpak, SignaalSoort soort) {
    Pagina<Signaal> pagina =
        service.werkvoorraad(
            caller.get(),
            coordinator,
            aanpak,
            soort == null ? null : nl.wams.coordinatie.domain.SignaalSoort.valueOf(soort.name()),
            page,
            pageSize);
    UriBuilder zelf = Paginering.zelf(links.of("/werkvoorraad"), pageSize);
    Paginering.metFilter(zelf, "coordinator", coordinator);
    Paginering.metFilter(zelf, "aanpak", aanpak);
    Paginering.metFilter(zelf, "soort", soort);
    WerkvoorraadPagina body =
        new WerkvoorraadPagina()
            .count(pagina.totaal())
            .results(pagina.items().stream().map(s -> AanpakMapper.toApi(s, links)).toList())
            .next(pagina.volgende(zelf))
            .previous(pagina.vorige(zelf));
    return Response.ok(body).build();
  }
}
