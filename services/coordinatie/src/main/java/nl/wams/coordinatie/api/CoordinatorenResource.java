package nl.wams.coordinatie.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.idempotency.IdempotentCreation;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.coordinatie.contract.CoordinatorenApi;
import nl.wams.coordinatie.contract.model.CoordinatorGegevens;
import nl.wams.coordinatie.contract.model.CoordinatorenPagina;
import nl.wams.coordinatie.contract.model.OrganisatieSoort;
import nl.wams.coordinatie.domain.Coordinator;
import nl.wams.coordinatie.mapping.CoordinatorMapper;
import nl.wams.coordinatie.mapping.Links;
import nl.wams.coordinatie.service.CoordinatorService;

/**
 * The coordinator pool over HTTP: maps, delegates to {@link CoordinatorService}, answers. Any
 * authenticated caller reaches the service, which decides by role and municipality.
 */
@RolesAllowed("**")
public class CoordinatorenResource implements CoordinatorenApi {

  private final CoordinatorService service;
  private final IdempotentCreation idempotentCreation;
  private final Links links;
  private final CurrentCaller caller;

  CoordinatorenResource(
      CoordinatorService service,
      IdempotentCreation idempotentCreation,
      Links links,
      CurrentCaller caller) {
    this.service = service;
    this.idempotentCreation = idempotentCreation;
    this.links = links;
    this.caller = caller;
  }

  @Override
  public Response createCoordinator(CoordinatorGegevens gegevens, String idempotencyKey) {
    return idempotentCreation.create(
        "createCoordinator",
        idempotencyKey,
        gegevens,
        () -> {
          Coordinator coordinator =
              service.voegToe(CoordinatorMapper.toInvoer(gegevens), caller.get());
          return Response.created(links.coordinator(coordinator.id()))
              .entity(toApi(coordinator))
              .header(HttpHeaders.ETAG, EntityTags.of(coordinator.versie()))
              .build();
        });
  }

  @Override
  public Response getCoordinator(UUID uuid) {
    return ok(service.vind(uuid, caller.get()));
  }

  @Override
  public Response updateCoordinator(UUID uuid, CoordinatorGegevens gegevens, String ifMatch) {
    return ok(service.wijzig(uuid, ifMatch, CoordinatorMapper.toInvoer(gegevens), caller.get()));
  }

  @Override
  public Response deactiveerCoordinator(UUID uuid, String ifMatch) {
    return ok(service.deactiveer(uuid, ifMatch, caller.get()));
  }

  @Override
  public Response activeerCoordinator(UUID uuid, String ifMatch) {
    return ok(service.activeer(uuid, ifMatch, caller.get()));
  }

  @Override
  public Response listCoordinatoren(
      Integer page,
      Integer pageSize,
      String gemeentecode,
      Boolean actief,
      OrganisatieSoort organisatieSoort) {
    Pagina<Coordinator> pagina =
        service.lijst(
            caller.get(),
            gemeentecode,
            actief,
            organisatieSoort == null
                ? null
                : nl.wams.coordinatie.domain.OrganisatieSoort.valueOf(organisatieSoort.name()),
            page,
            pageSize);
    UriBuilder zelf = Paginering.zelf(links.of("/coordinatoren"), pageSize);
    Paginering.metFilter(zelf, "gemeentecode", gemeentecode);
    Paginering.metFilter(zelf, "actief", actief);
    Paginering.metFilter(zelf, "organisatieSoort", organisatieSoort);
    CoordinatorenPagina body =
        new CoordinatorenPagina()
            .count(pagina.totaal())
            .results(pagina.items().stream().map(this::toApi).toList())
            .next(pagina.volgende(zelf))
            .previous(pagina.vorige(zelf));
    return Response.ok(body).build();
  }

  private Response ok(Coordinator coordinator) {
    return Response.ok(toApi(coordinator))
        .header(HttpHeaders.ETAG, EntityTags.of(coordinator.versie()))
        .build();
  }

  private nl.wams.coordinatie.contract.model.Coordinator toApi(Coordinator coordinator) {
    return CoordinatorMapper.toApi(coordinator, links.coordinator(coordinator.id()));
  }
}
