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
import nl.wams.inzage.contract.VerzoekenApi;
import nl.wams.inzage.contract.model.Afhandeling;
import nl.wams.inzage.contract.model.InzageVerzoekGegevens;
import nl.wams.inzage.contract.model.InzageVerzoekenPagina;
import nl.wams.inzage.contract.model.VerzoekStatus;
import nl.wams.inzage.domain.Status;
import nl.wams.inzage.domain.Verzoek;
import nl.wams.inzage.domain.VerzoekSoort;
import nl.wams.inzage.service.RechtenService;

/** AVG requests over HTTP; the service decides who sees and handles what. */
@RolesAllowed("**")
public class VerzoekenResource implements VerzoekenApi {

  private final RechtenService service;
  private final IdempotentCreation idempotent;
  private final PublicUrls urls;
  private final CurrentCaller caller;
  private final Betrokkenen betrokkenen;

  VerzoekenResource(
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
  public Response createInzageVerzoek(InzageVerzoekGegevens g, String idempotencyKey) {
    return idempotent.create(
        "createInzageVerzoek",
        idempotencyKey,
        g,
        () -> {
          Verzoek v =
              service.dienVerzoekIn(
                  caller.get(),
                  VerzoekSoort.valueOf(g.getSoort().name()),
                  g.getGemeentecode(),
                  g.getProcedure(),
                  g.getToelichting());
          betrokkenen.noem(v.bsn());
          return Response.created(url(v.id()))
              .entity(Weergaven.verzoek(v, url(v.id()), service.nu()))
              .header(HttpHeaders.ETAG, EntityTags.of(v.versie()))
              .build();
        });
  }

  @Override
  public Response getInzageVerzoek(UUID uuid) {
    return ok(service.verzoek(uuid, caller.get()));
  }

  @Override
  public Response handelInzageVerzoekAf(UUID uuid, Afhandeling a, String ifMatch) {
    return ok(
        service.handelVerzoekAf(
            uuid, ifMatch, caller.get(), Status.valueOf(a.getStatus().name()), a.getReactie()));
  }

  @Override
  public Response listInzageVerzoeken(
      Integer page, Integer pageSize, VerzoekStatus status, Boolean teLaat) {
    Pagina<Verzoek> pagina =
        service.verzoeken(
            caller.get(),
            status == null ? null : Status.valueOf(status.name()),
            teLaat,
            page,
            pageSize);
    UriBuilder zelf = UriBuilder.fromUri(urls.of("/verzoeken")).queryParam("pageSize", pageSize);
    if (status != null) {
      zelf.queryParam("status", status);
    }
    if (teLaat != null) {
      zelf.queryParam("teLaat", teLaat);
    }
    pagina.items().forEach(x -> betrokkenen.noem(x.bsn()));
    return Response.ok(
            new InzageVerzoekenPagina()
                .count(pagina.totaal())
                .results(
                    pagina.items().stream()
                        .map(v -> Weergaven.verzoek(v, url(v.id()), service.nu()))
                        .toList())
                .next(pagina.volgende(zelf))
                .previous(pagina.vorige(zelf)))
        .build();
  }

  private Response ok(Verzoek v) {
    betrokkenen.noem(v.bsn());
    return Response.ok(Weergaven.verzoek(v, url(v.id()), service.nu()))
        .header(HttpHeaders.ETAG, EntityTags.of(v.versie()))
        .build();
  }

  private URI url(UUID id) {
    return urls.of("/verzoeken/" + id);
  }
}
