package nl.wams.coordinatie.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.idempotency.IdempotentCreation;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.coordinatie.contract.AanpakkenApi;
import nl.wams.coordinatie.contract.model.AanpakGegevens;
import nl.wams.coordinatie.contract.model.AanpakStatus;
import nl.wams.coordinatie.contract.model.AanpakkenPagina;
import nl.wams.coordinatie.contract.model.AanstellingGegevens;
import nl.wams.coordinatie.contract.model.BeeindigingGegevens;
import nl.wams.coordinatie.contract.model.BesluitGegevens;
import nl.wams.coordinatie.contract.model.PlanGegevens;
import nl.wams.coordinatie.domain.Aanpak;
import nl.wams.coordinatie.domain.BeeindigingReden;
import nl.wams.coordinatie.domain.BesluitSoort;
import nl.wams.coordinatie.domain.Intensiteit;
import nl.wams.coordinatie.domain.Kalender;
import nl.wams.coordinatie.mapping.AanpakMapper;
import nl.wams.coordinatie.mapping.Links;
import nl.wams.coordinatie.service.Aanmaak;
import nl.wams.coordinatie.service.AanpakService;

/**
 * The aanpakken over HTTP: maps, delegates to {@link AanpakService}, answers. Any authenticated
 * caller reaches the service, which decides per aanpak (object-level access).
 */
@RolesAllowed("**")
public class AanpakkenResource implements AanpakkenApi {

  private final AanpakService service;
  private final IdempotentCreation idempotentCreation;
  private final Links links;
  private final CurrentCaller caller;
  private final Clock clock;

  AanpakkenResource(
      AanpakService service,
      IdempotentCreation idempotentCreation,
      Links links,
      CurrentCaller caller,
      Clock clock) {
    this.service = service;
    this.idempotentCreation = idempotentCreation;
    this.links = links;
    this.caller = caller;
    this.clock = clock;
  }

  @Override
  public Response createAanpak(AanpakGegevens gegevens, String idempotencyKey) {
    return idempotentCreation.create(
        "createAanpak",
        idempotencyKey,
        gegevens,
        () -> {
          Aanmaak aanmaak = service.voorProcedure(gegevens.getProcedure(), caller.get());
          Aanpak aanpak = aanmaak.aanpak();
          URI url = links.aanpak(aanpak.id());
          return (aanmaak.nieuw() ? Response.created(url) : Response.ok().location(url))
              .entity(toApi(aanpak))
              .header(HttpHeaders.ETAG, EntityTags.of(aanpak.versie()))
              .build();
        },
        // A replayed answer did not pass the service, which names the people of a first one.
        () -> service.noemBetrokkenen(gegevens.getProcedure()));
  }

  @Override
  public Response getAanpak(UUID uuid) {
    return ok(service.vind(uuid, caller.get()));
  }

  @Override
  public Response setAanstelling(UUID uuid, AanstellingGegevens gegevens, String ifMatch) {
    UUID coordinator =
        links
            .coordinatorId(gegevens.getCoordinator())
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "coordinator",
                        "geen-coordinator",
                        "Dit is geen URL van een coördinator in de pool van deze API."));
    return ok(
        service.stelAan(
            uuid,
            ifMatch,
            caller.get(),
            coordinator,
            Intensiteit.valueOf(gegevens.getIntensiteit().name())));
  }

  @Override
  public Response neemBesluit(UUID uuid, BesluitGegevens gegevens, String ifMatch) {
    return ok(
        service.neemBesluit(
            uuid,
            ifMatch,
            caller.get(),
            BesluitSoort.valueOf(gegevens.getSoort().name()),
            gegevens.getMotivering()));
  }

  @Override
  public Response setPlan(UUID uuid, PlanGegevens gegevens, String ifMatch) {
    return ok(service.legPlanVast(uuid, ifMatch, caller.get(), AanpakMapper.toInvoer(gegevens)));
  }

  @Override
  public Response beeindigAanpak(UUID uuid, BeeindigingGegevens gegevens, String ifMatch) {
    return ok(
        service.beeindig(
            uuid,
            ifMatch,
            caller.get(),
            BeeindigingReden.valueOf(gegevens.getReden().name()),
            gegevens.getToelichting(),
            gegevens.getDatum()));
  }

  @Override
  public Response listAanpakken(
      Integer page, Integer pageSize, AanpakStatus status, UUID coordinator, URI procedure) {
    Pagina<Aanpak> pagina =
        service.lijst(
            caller.get(),
            status == null ? null : nl.wams.coordinatie.domain.AanpakStatus.valueOf(status.name()),
            coordinator,
            procedure,
            page,
            pageSize);
    UriBuilder zelf = Paginering.zelf(links.of("/aanpakken"), pageSize);
    Paginering.metFilter(zelf, "status", status);
    Paginering.metFilter(zelf, "coordinator", coordinator);
    Paginering.metFilter(zelf, "procedure", procedure);
    AanpakkenPagina body =
        new AanpakkenPagina()
            .count(pagina.totaal())
            .results(pagina.items().stream().map(this::toApi).toList())
            .next(pagina.volgende(zelf))
            .previous(pagina.vorige(zelf));
    return Response.ok(body).build();
  }

  private Response ok(Aanpak aanpak) {
    return Response.ok(toApi(aanpak))
        .header(HttpHeaders.ETAG, EntityTags.of(aanpak.versie()))
        .build();
  }

  private nl.wams.coordinatie.contract.model.Aanpak toApi(Aanpak aanpak) {
    return AanpakMapper.toApi(aanpak, Kalender.dag(clock.instant()), links);
  }
}
