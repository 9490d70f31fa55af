package nl.wams.verslag.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.idempotency.IdempotentCreation;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.security.Caller;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.verslag.contract.VerslagenApi;
import nl.wams.verslag.contract.model.VerslagGegevens;
import nl.wams.verslag.contract.model.VerslagenPagina;
import nl.wams.verslag.contract.model.Verstrekkingen;
import nl.wams.verslag.domain.Toegang;
import nl.wams.verslag.mapping.VerslagMapper;
import nl.wams.verslag.pdf.VerslagPdf;
import nl.wams.verslag.service.VerslagService;

/**
 * The reports over HTTP: maps, delegates to {@link VerslagService}, which decides per report who
 * may do what. JSON or PDF by the Accept header.
 */
@RolesAllowed("**")
public class VerslagenResource implements VerslagenApi {

  static final MediaType PDF = new MediaType("application", "pdf");

  private final VerslagService service;
  private final IdempotentCreation idempotentCreation;
  private final VerslagMapper mapper;
  private final VerslagPdf pdf;
  private final CurrentCaller caller;

  @Context HttpHeaders headers;

  VerslagenResource(
      VerslagService service,
      IdempotentCreation idempotentCreation,
      VerslagMapper mapper,
      VerslagPdf pdf,
      CurrentCaller caller) {
    this.service = service;
    this.idempotentCreation = idempotentCreation;
    this.mapper = mapper;
    this.pdf = pdf;
    this.caller = caller;
  }

  @Override
  public Response createVerslag(VerslagGegevens gegevens, String idempotencyKey) {
    return idempotentCreation.create(
        "createVerslag",
        idempotencyKey,
        gegevens,
        () -> {
          VerslagService.Versie versie = service.stelOp(gegevens.getOverleg(), caller.get());
          return Response.created(mapper.url(versie.verslag().id()))
              .entity(mapper.toApi(versie))
              .header(HttpHeaders.ETAG, EntityTags.of(versie.verslag().versie()))
              .build();
        },
        // A replayed answer did not pass the service; it discloses the report all the same.
        () -> service.noemBetrokkenen(gegevens.getOverleg()));
  }

  @Override
  public Response getVerslag(UUID uuid) {
    boolean alsPdf = Formaat.wil(headers, PDF);
    VerslagService.Versie versie = service.vind(uuid, caller.get());
    Response.ResponseBuilder antwoord =
        alsPdf
            ? Response.ok(pdf.verslag(versie), PDF)
            : Response.ok(mapper.toApi(versie), MediaType.APPLICATION_JSON_TYPE);
    return antwoord.header(HttpHeaders.ETAG, EntityTags.of(versie.verslag().versie())).build();
  }

  @Override
  public Response getVerslagDeel(UUID uuid, UUID deelnemer) {
    boolean alsPdf = Formaat.wil(headers, PDF);
    VerslagService.Deel deel = service.deel(uuid, deelnemer, caller.get());
    return alsPdf
        ? Response.ok(pdf.deel(deel), PDF).build()
        : Response.ok(mapper.toApi(deel), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @Override
  public Response getVerslagVersie(UUID uuid, Integer versie) {
    return Response.ok(mapper.toApi(service.versie(uuid, versie, caller.get()))).build();
  }

  @Override
  public Response listVerslagen(Integer page, Integer pageSize, URI overleg) {
    Caller wie = caller.get();
    Pagina<VerslagService.Versie> pagina = service.lijst(wie, page, pageSize, overleg);
    boolean medewerker = Toegang.medewerker(wie);
    UriBuilder zelf = UriBuilder.fromUri(mapper.of("/verslagen")).queryParam("pageSize", pageSize);
    if (overleg != null) {
      zelf.queryParam("overleg", overleg);
    }
    return Response.ok(
            new VerslagenPagina()
                .count(pagina.totaal())
                .next(pagina.volgende(zelf))
                .previous(pagina.vorige(zelf))
                .results(pagina.items().stream().map(v -> mapper.toApi(v, medewerker)).toList()))
        .build();
  }

  @Override
  public Response stelVerslagVast(UUID uuid, String ifMatch) {
    return metEtag(service.stelVast(uuid, ifMatch, caller.get()));
  }

  @Override
  public Response vernieuwVerslag(UUID uuid, String ifMatch) {
    return metEtag(service.vernieuw(uuid, ifMatch, caller.get()));
  }

  @Override
  public Response listVerslagVerstrekkingen(UUID uuid) {
    return Response.ok(verstrekkingen(service.verstrekkingen(uuid, caller.get()))).build();
  }

  @Override
  public Response verstrekVerslag(UUID uuid, String ifMatch) {
    VerslagService.Geleverd geleverd = service.verstrek(uuid, ifMatch, caller.get());
    return Response.ok(verstrekkingen(geleverd.verstrekkingen()))
        .header(HttpHeaders.ETAG, EntityTags.of(geleverd.verslagVersie()))
        .build();
  }

  private Verstrekkingen verstrekkingen(List<nl.wams.verslag.domain.Verstrekking> lijst) {
    return new Verstrekkingen().results(lijst.stream().map(mapper::toApi).toList());
  }

  private Response metEtag(VerslagService.Versie versie) {
    return Response.ok(mapper.toApi(versie))
        .header(HttpHeaders.ETAG, EntityTags.of(versie.verslag().versie()))
        .build();
  }
}
