package nl.wams.meldpunt.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.idempotency.IdempotentCreation;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.meldpunt.contract.AanmeldingenApi;
import nl.wams.meldpunt.contract.model.AanmeldingGegevens;
import nl.wams.meldpunt.contract.model.AanmeldingZoekvraag;
import nl.wams.meldpunt.contract.model.AanmeldingenPagina;
import nl.wams.meldpunt.contract.model.Soort;
import nl.wams.meldpunt.contract.model.Status;
import nl.wams.meldpunt.contract.model.TriageGegevens;
import nl.wams.meldpunt.contract.model.Urgentie;
import nl.wams.meldpunt.domain.Aanmelding;
import nl.wams.meldpunt.domain.Toegang;
import nl.wams.meldpunt.mapping.AanmeldingMapper;
import nl.wams.meldpunt.service.AanmeldingFilter;
import nl.wams.meldpunt.service.AanmeldingService;

/**
 * The meldpunt contract over HTTP: maps, delegates to {@link AanmeldingService} with the caller
 * from the access token, answers. Only meldpunt-medewerkers; the service limits them to their own
 * municipality.
 */
@RolesAllowed(Toegang.MELDPUNT_MEDEWERKER)
public class AanmeldingenResource implements AanmeldingenApi {

  private final AanmeldingService service;
  private final IdempotentCreation idempotentCreation;
  private final PublicUrls urls;
  private final CurrentCaller caller;

  AanmeldingenResource(
      AanmeldingService service,
      IdempotentCreation idempotentCreation,
      PublicUrls urls,
      CurrentCaller caller) {
    this.service = service;
    this.idempotentCreation = idempotentCreation;
    this.urls = urls;
    this.caller = caller;
  }

  @Override
  public Response createAanmelding(AanmeldingGegevens gegevens, String idempotencyKey) {
    return idempotentCreation.create(
        "createAanmelding",
        idempotencyKey,
        gegevens,
        () -> {
          Aanmelding aanmelding =
              service.registreer(AanmeldingMapper.toInvoer(gegevens), caller.get());
          return Response.created(url(aanmelding))
              .entity(toApi(aanmelding))
              .header(HttpHeaders.ETAG, EntityTags.of(aanmelding.versie()))
              .build();
        });
  }

  @Override
  public Response getAanmelding(UUID uuid) {
    return ok(service.vind(uuid, caller.get()));
  }

  @Override
  public Response updateAanmelding(UUID uuid, AanmeldingGegevens gegevens, String ifMatch) {
    return ok(service.wijzig(uuid, ifMatch, AanmeldingMapper.toInvoer(gegevens), caller.get()));
  }

  @Override
  public Response triageAanmelding(UUID uuid, TriageGegevens gegevens, String ifMatch) {
    return ok(service.beoordeel(uuid, ifMatch, AanmeldingMapper.toInvoer(gegevens), caller.get()));
  }

  @Override
  public Response getOntvangstbewijs(UUID uuid) {
    return Response.ok(AanmeldingMapper.toOntvangstbewijs(service.vind(uuid, caller.get())))
        .build();
  }

  @Override
  public Response listAanmeldingen(
      Integer page,
      Integer pageSize,
      Soort soort,
      Status status,
      Urgentie urgentie,
      String gemeentecode,
      LocalDate ontvangenVanaf,
      LocalDate ontvangenTot) {
    AanmeldingFilter filter =
        new AanmeldingFilter(
            map(soort, nl.wams.meldpunt.domain.Soort.class),
            map(status, nl.wams.meldpunt.domain.Status.class),
            map(urgentie, nl.wams.meldpunt.domain.Urgentie.class),
            gemeentecode,
            ontvangenVanaf,
            ontvangenTot,
            null);
    UriBuilder self = UriBuilder.fromUri(urls.of("/aanmeldingen")).queryParam("pageSize", pageSize);
    addIfPresent(self, "soort", soort);
    addIfPresent(self, "status", status);
    addIfPresent(self, "urgentie", urgentie);
    addIfPresent(self, "gemeentecode", gemeentecode);
    addIfPresent(self, "ontvangenVanaf", ontvangenVanaf);
    addIfPresent(self, "ontvangenTot", ontvangenTot);
    return Response.ok(pagina(service.lijst(filter, caller.get(), page, pageSize), self)).build();
  }

  @Override
  public Response zoekAanmeldingen(AanmeldingZoekvraag zoekvraag, Integer page, Integer pageSize) {
    // The BSN's format is checked by the contract; a number that fails the 11-proef finds nothing.
    AanmeldingFilter filter =
        new AanmeldingFilter(
            null,
            map(zoekvraag.getStatus(), nl.wams.meldpunt.domain.Status.class),
            null,
            null,
            null,
            null,
            zoekvraag.getBsn());
    UriBuilder self =
        UriBuilder.fromUri(urls.of("/aanmeldingen/_zoek")).queryParam("pageSize", pageSize);
    return Response.ok(pagina(service.lijst(filter, caller.get(), page, pageSize), self)).build();
  }

  private AanmeldingenPagina pagina(Pagina<Aanmelding> pagina, UriBuilder self) {
    AanmeldingenPagina body =
        new AanmeldingenPagina()
            .count(pagina.totaal())
            .results(pagina.items().stream().map(this::toApi).toList());
    return body.next(pagina.volgende(self)).previous(pagina.vorige(self));
  }

  private Response ok(Aanmelding aanmelding) {
    return Response.ok(toApi(aanmelding))
        .header(HttpHeaders.ETAG, EntityTags.of(aanmelding.versie()))
        .build();
  }

  private nl.wams.meldpunt.contract.model.Aanmelding toApi(Aanmelding aanmelding) {
    return AanmeldingMapper.toApi(aanmelding, url(aanmelding));
  }

  private URI url(Aanmelding aanmelding) {
    return urls.of("/aanmeldingen/" + aanmelding.id());
  }

  private static void addIfPresent(UriBuilder builder, String name, Object value) {
    if (value != null) {
      builder.queryParam(name, value);
    }
  }

  private static <E extends Enum<E>> E map(Enum<?> value, Class<E> target) {
    return value == null ? null : Enum.valueOf(target, value.name());
  }
}
