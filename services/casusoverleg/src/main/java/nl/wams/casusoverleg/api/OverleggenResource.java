package nl.wams.casusoverleg.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.UUID;
import nl.wams.casusoverleg.contract.OverleggenApi;
import nl.wams.casusoverleg.contract.model.AfrondingGegevens;
import nl.wams.casusoverleg.contract.model.AfspraakGegevens;
import nl.wams.casusoverleg.contract.model.DeelnemerGegevens;
import nl.wams.casusoverleg.contract.model.Fase;
import nl.wams.casusoverleg.contract.model.OverlegGegevens;
import nl.wams.casusoverleg.contract.model.OverlegSoort;
import nl.wams.casusoverleg.contract.model.OverlegStatus;
import nl.wams.casusoverleg.contract.model.OverleggenPagina;
import nl.wams.casusoverleg.contract.model.UitnodigingGegevens;
import nl.wams.casusoverleg.domain.OverlegWeergave;
import nl.wams.casusoverleg.mapping.Enums;
import nl.wams.casusoverleg.mapping.Links;
import nl.wams.casusoverleg.mapping.OverlegMapper;
import nl.wams.casusoverleg.service.OverlegService;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.idempotency.IdempotentCreation;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.security.CurrentCaller;

/**
 * The overleggen over HTTP: maps, delegates to {@link OverlegService}, answers with what the caller
 * may see. Any authenticated caller reaches the service, which decides per overleg.
 */
@RolesAllowed("**")
public class OverleggenResource implements OverleggenApi {

  private final OverlegService service;
  private final IdempotentCreation idempotentCreation;
  private final Links links;
  private final CurrentCaller caller;

  OverleggenResource(
      OverlegService service,
      IdempotentCreation idempotentCreation,
      Links links,
      CurrentCaller caller) {
    this.service = service;
    this.idempotentCreation = idempotentCreation;
    this.links = links;
    this.caller = caller;
  }

  @Override
  public Response createOverleg(OverlegGegevens gegevens, String idempotencyKey) {
    return idempotentCreation.create(
        "createOverleg",
        idempotencyKey,
        gegevens,
        () -> {
          OverlegWeergave overleg = service.plan(OverlegMapper.toInvoer(gegevens), caller.get());
          return Response.created(links.overleg(overleg.overleg().id()))
              .entity(OverlegMapper.toApi(overleg, links))
              .header(HttpHeaders.ETAG, EntityTags.of(overleg.overleg().versie()))
              .build();
        },
        // A replayed answer did not pass the service, which names the people of a first one.
        () -> service.noemBetrokkenen(gegevens.getProcedure()));
  }

  @Override
  public Response getOverleg(UUID uuid) {
    return ok(service.vind(uuid, caller.get()));
  }

  @Override
  public Response listOverleggen(
      Integer page,
      Integer pageSize,
      OverlegStatus status,
      Fase fase,
      OverlegSoort soort,
      URI procedure) {
    Pagina<OverlegWeergave> pagina =
        service.lijst(
            caller.get(),
            Enums.map(status, nl.wams.casusoverleg.domain.OverlegStatus.class),
            Enums.map(fase, nl.wams.casusoverleg.domain.Fase.class),
            Enums.map(soort, nl.wams.casusoverleg.domain.OverlegSoort.class),
            procedure,
            page,
            pageSize);
    UriBuilder zelf = Paginering.zelf(links.of("/overleggen"), pageSize);
    Paginering.metFilter(zelf, "status", status);
    Paginering.metFilter(zelf, "fase", fase);
    Paginering.metFilter(zelf, "soort", soort);
    Paginering.metFilter(zelf, "procedure", procedure);
    return Response.ok(
            new OverleggenPagina()
                .count(pagina.totaal())
                .results(pagina.items().stream().map(o -> OverlegMapper.toApi(o, links)).toList())
                .next(pagina.volgende(zelf))
                .previous(pagina.vorige(zelf)))
        .build();
  }

  @Override
  public Response addDeelnemer(UUID uuid, DeelnemerGegevens gegevens, String ifMatch) {
    OverlegService.Wijziging<nl.wams.casusoverleg.domain.Deelnemer> wijziging =
        service.voegDeelnemerToe(uuid, ifMatch, caller.get(), OverlegMapper.toInvoer(gegevens));
    return Antwoorden.aangemaakt(null, OverlegMapper.toApi(wijziging.onderdeel()), wijziging);
  }

  @Override
  public Response addUitnodiging(UUID uuid, UitnodigingGegevens gegevens, String ifMatch) {
    OverlegService.Wijziging<nl.wams.casusoverleg.domain.Uitnodiging> wijziging =
        service.nodigUit(uuid, ifMatch, caller.get(), OverlegMapper.toInvoer(gegevens));
    return Antwoorden.aangemaakt(null, OverlegMapper.toApi(wijziging.onderdeel()), wijziging);
  }

  @Override
  public Response rondOverlegAf(UUID uuid, AfrondingGegevens gegevens, String ifMatch) {
    return ok(service.rondAf(uuid, ifMatch, caller.get(), OverlegMapper.toInvoer(gegevens)));
  }

  @Override
  public Response addAfspraak(UUID uuid, AfspraakGegevens gegevens, String ifMatch) {
    OverlegService.Wijziging<nl.wams.casusoverleg.domain.Afspraak> wijziging =
        service.legAfspraakVast(uuid, ifMatch, caller.get(), OverlegMapper.toInvoer(gegevens));
    return Antwoorden.aangemaakt(null, OverlegMapper.toApi(wijziging.onderdeel()), wijziging);
  }

  private Response ok(OverlegWeergave overleg) {
    return Response.ok(OverlegMapper.toApi(overleg, links))
        .header(HttpHeaders.ETAG, EntityTags.of(overleg.overleg().versie()))
        .build();
  }
}
