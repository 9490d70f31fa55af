package nl.wams.inzage.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.idempotency.IdempotentCreation;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.inzage.contract.KlachtenApi;
import nl.wams.inzage.contract.model.Afhandeling;
import nl.wams.inzage.contract.model.KlachtGegevens;
import nl.wams.inzage.contract.model.KlachtenPagina;
import nl.wams.inzage.contract.model.VerzoekStatus;
import nl.wams.inzage.domain.Klacht;
import nl.wams.inzage.domain.KlachtAard;
import nl.wams.inzage.domain.Status;
import nl.wams.inzage.service.RechtenService;

/** Complaints over HTTP; the service decides who sees and handles what. */
@RolesAllowed("**")
public class KlachtenResource implements KlachtenApi {

  private final RechtenService service;
  private final IdempotentCreation idempotent;
  private final PublicUrls urls;
  private final CurrentCaller caller;
  private final Betrokkenen betrokkenen;

  KlachtenResource(
      RechtenService service,
      IdempotentCreation idempotent,
      PublicUrls urls,
      CurrentCaller caller,
      Betrokkenen betrokkenen) {
    this.service = service;
    this.idempotent = idempotent;
    this.urls = urls;
    this.caller = caller;
    this.betrokkenen = betrokkenen;
  }

  @Override
  public Response createKlacht(KlachtGegevens g, String idempotencyKey) {
    return idempotent.create(
        "createKlacht",
        idempotencyKey,
        g,
        () -> {
          Klacht k =
              service.dienKlachtIn(
                  caller.get(),
                  KlachtAard.valueOf(g.getAard().name()),
                  g.getGemeentecode(),
                  g.getProcedure(),
                  g.getOmschrijving(),
                  Klacht.Indiener.valueOf(g.getIndiener().name()),
                  g.getFamilielid());
          betrokkenen.noem(k.bsn());
          return Response.created(url(k.id()))
              .entity(Weergaven.klacht(k, url(k.id())))
              .header(HttpHeaders.ETAG, EntityTags.of(k.versie()))
              .build();
        });
  }

  @Override
  public Response getKlacht(UUID uuid) {
    return ok(service.klacht(uuid, caller.get()));
  }

  @Override
  public Response handelKlachtAf(UUID uuid, Afhandeling a, String ifMatch) {
    return ok(
        service.handelKlachtAf(
            uuid, ifMatch, caller.get(), Status.valueOf(a.getStatus().name()), a.getReactie()));
  }

  @Override
  public Response listKlachten(Integer page, Integer pageSize, VerzoekStatus status) {
    Pagina<Klacht> pagina =
        service.klachten(
            caller.get(), status == null ? null : Status.valueOf(status.name()), page, pageSize);
    UriBuilder zelf = UriBuilder.fromUri(urls.of("/klachten")).queryParam("pageSize", pageSize);
    if (status != null) {
      zelf.queryParam("status", status);
    }
    pagina.items().forEach(x -> betrokkenen.noem(x.bsn()));
    return Response.ok(
            new KlachtenPagina()
                .count(pagina.totaal())
                .results(
                    pagina.items().stream().map(k -> Weergaven.klacht(k, url(k.id()))).toList())
                .next(pagina.volgende(zelf))
                .previous(pagina.vorige(zelf)))
        .build();
  }

  private Response ok(Klacht k) {
    betrokkenen.noem(k.bsn());
    return Response.ok(Weergaven.klacht(k, url(k.id())))
        .header(HttpHeaders.ETAG, EntityTags.of(k.versie()))
        .build();
  }

  private URI url(UUID id) {
    return urls.of("/klachten/" + id);
  }
}
