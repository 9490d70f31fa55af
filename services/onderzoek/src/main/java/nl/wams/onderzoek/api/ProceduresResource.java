package nl.wams.onderzoek.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.idempotency.IdempotentCreation;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.security.Caller;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.onderzoek.contract.ProceduresApi;
import nl.wams.onderzoek.contract.model.Antwoord;
import nl.wams.onderzoek.contract.model.ConclusieGegevens;
import nl.wams.onderzoek.contract.model.GegevensverzoekGegevens;
import nl.wams.onderzoek.contract.model.HuishoudlidGegevens;
import nl.wams.onderzoek.contract.model.InterventieGegevens;
import nl.wams.onderzoek.contract.model.InzageBeperkingGegevens;
import nl.wams.onderzoek.contract.model.ProbleemGegevens;
import nl.wams.onderzoek.contract.model.ProcedureBetrokkene;
import nl.wams.onderzoek.contract.model.ProcedureBetrokkenen;
import nl.wams.onderzoek.contract.model.ProcedureGegevens;
import nl.wams.onderzoek.contract.model.ProcedureStatus;
import nl.wams.onderzoek.contract.model.ProcedureZoekvraag;
import nl.wams.onderzoek.contract.model.ProceduresPagina;
import nl.wams.onderzoek.contract.model.Reikwijdte;
import nl.wams.onderzoek.contract.model.Uitkomst;
import nl.wams.onderzoek.domain.AntwoordUitkomst;
import nl.wams.onderzoek.domain.Domein;
import nl.wams.onderzoek.domain.InzageBeperkingGrond;
import nl.wams.onderzoek.domain.Leefgebied;
import nl.wams.onderzoek.domain.Procedure;
import nl.wams.onderzoek.domain.Relatie;
import nl.wams.onderzoek.domain.Toegang;
import nl.wams.onderzoek.mapping.DossierJson;
import nl.wams.onderzoek.mapping.InwonerWeergave;
import nl.wams.onderzoek.mapping.ProcedureMapper;
import nl.wams.onderzoek.service.Coordinatie;
import nl.wams.onderzoek.service.ProcedureService;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * The onderzoek contract over HTTP: maps, delegates to {@link ProcedureService}, answers. Any
 * authenticated caller reaches the service, which decides per procedure (object-level access).
 */
@RolesAllowed("**")
public class ProceduresResource implements ProceduresApi {

  private final ProcedureService service;
  private final IdempotentCreation idempotentCreation;
  private final PublicUrls urls;
  private final CurrentCaller caller;
  private final Coordinatie coordinatie;
  private final ManagedExecutor werker;

  ProceduresResource(
      ProcedureService service,
      IdempotentCreation idempotentCreation,
      PublicUrls urls,
      CurrentCaller caller,
      Coordinatie coordinatie,
      ManagedExecutor werker) {
    this.service = service;
    this.idempotentCreation = idempotentCreation;
    this.urls = urls;
    this.caller = caller;
    this.coordinatie = coordinatie;
    this.werker = werker;
  }

  @Override
  public Response createProcedure(ProcedureGegevens gegevens, String idempotencyKey) {
    return idempotentCreation.create(
        "createProcedure",
        idempotencyKey,
        gegevens,
        () -> {
          Procedure procedure = service.start(ProcedureMapper.toInvoer(gegevens), caller.get());
          return Response.created(url(procedure))
              .entity(toApi(procedure))
              .header(HttpHeaders.ETAG, EntityTags.of(procedure.versie()))
              .build();
        });
  }

  /**
   * On the event loop (the contract marks it {@code x-wams-niet-blokkerend}): the dossier comes
   * from the read model through the reactive client; a coordinator's check at coordinatie runs on a
   * worker ({@link ProcedureService#leesZonderWachten}).
   */
  @Override
  public CompletionStage<Response> getProcedure(UUID uuid) {
    Caller wie = caller.get();
    String token = caller.bearerToken();
    return service
        .leesZonderWachten(uuid, wie, id -> coordinatie.coordineert(url(id), token), werker)
        .thenApply(
            dossier ->
                Response.ok(
                        DossierJson.metUrl(dossier.json(), url(uuid)), MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.ETAG, EntityTags.of(dossier.versie()))
                    .build());
  }

  /** Service to service only: the other Wams services name these people in the Logboek. */
  @Override
  @RolesAllowed("wams-service")
  public Response getProcedureBetrokkenen(UUID uuid) {
    return Response.ok(
            new ProcedureBetrokkenen()
                .betrokkenen(
                    service.betrokkenen(uuid).stream()
                        .map(
                            b ->
                                new ProcedureBetrokkene()
                                    .bsn(b.bsn())
                                    .rol(
                                        b.huishoudlid()
                                            ? ProcedureBetrokkene.RolEnum.HUISHOUDLID
                                            : ProcedureBetrokkene.RolEnum.BETROKKENE))
                        .toList()))
        .build();
  }

  @Override
  public Response setReikwijdte(UUID uuid, Reikwijdte reikwijdte, String ifMatch) {
    return wijzig(
        uuid,
        ifMatch,
        p ->
            p.stelReikwijdteVast(
                ProcedureMapper.leefgebieden(reikwijdte.getLeefgebieden()),
                ProcedureMapper.leefgebieden(reikwijdte.getVerbreding()),
                reikwijdte.getMotiveringErnstigeProblematiek()));
  }

  @Override
  public Response addHuishoudlid(UUID uuid, HuishoudlidGegevens lid, String ifMatch) {
    return wijzig(
        uuid,
        ifMatch,
        p ->
            p.voegHuishoudlidToe(
                ProcedureMapper.map(lid.getRelatie(), Relatie.class),
                lid.getBsn(),
                lid.getOmschrijving(),
                lid.getMedewerking()));
  }

  @Override
  public Response weigerMedewerking(UUID uuid, UUID lid, String ifMatch) {
    return wijzig(uuid, ifMatch, p -> p.weigerMedewerking(lid));
  }

  @Override
  public Response addProbleem(UUID uuid, ProbleemGegevens probleem, String ifMatch) {
    return wijzig(
        uuid,
        ifMatch,
        p ->
            p.voegProbleemToe(
                ProcedureMapper.map(probleem.getLeefgebied(), Leefgebied.class),
                ProcedureMapper.map(probleem.getDomein(), Domein.class),
                probleem.getOmschrijving(),
                probleem.getHuishoudlid()));
  }

  @Override
  public Response addInterventie(UUID uuid, InterventieGegevens interventie, String ifMatch) {
    return wijzig(
        uuid,
        ifMatch,
        p ->
            p.voegInterventieToe(
                ProcedureMapper.map(interventie.getDomein(), Domein.class),
                interventie.getOmschrijving(),
                interventie.getAanbieder(),
                interventie.getLopend(),
                interventie.getVanaf(),
                interventie.getTot()));
  }

  @Override
  public Response addGegevensverzoek(UUID uuid, GegevensverzoekGegevens verzoek, String ifMatch) {
    List<String> categorieen = verzoek.getCategorieen().stream().map(Object::toString).toList();
    return wijzig(
        uuid,
        ifMatch,
        p ->
            p.voegGegevensverzoekToe(
                verzoek.getPartij(),
                verzoek.getDoel(),
                categorieen,
                verzoek.getGrondslag(),
                verzoek.getUiterlijkOp(),
                java.time.Instant.now()));
  }

  @Override
  public Response setGegevensverzoekAntwoord(
      UUID uuid, UUID verzoek, Antwoord antwoord, String ifMatch) {
    return wijzig(
        uuid,
        ifMatch,
        p ->
            p.beantwoordGegevensverzoek(
                verzoek,
                ProcedureMapper.map(antwoord.getUitkomst(), AntwoordUitkomst.class),
                antwoord.getVerstrekt(),
                antwoord.getWeigeringsgrond(),
                java.time.Instant.now()));
  }

  @Override
  public Response setInzageBeperking(
      UUID uuid, UUID onderdeel, InzageBeperkingGegevens beperking, String ifMatch) {
    String door = caller.get().username();
    return wijzig(
        uuid,
        ifMatch,
        p ->
            p.beperkInzage(
                onderdeel,
                ProcedureMapper.map(beperking.getGrond(), InzageBeperkingGrond.class),
                beperking.getReden(),
                door,
                java.time.Instant.now()));
  }

  @Override
  public Response setConclusie(UUID uuid, ConclusieGegevens conclusie, String ifMatch) {
    return wijzig(
        uuid,
        ifMatch,
        p -> p.concludeer(ProcedureMapper.toInvoer(conclusie), java.time.Instant.now()));
  }

  @Override
  public Response listProcedures(
      Integer page, Integer pageSize, ProcedureStatus status, Uitkomst uitkomst) {
    UriBuilder self = UriBuilder.fromUri(urls.of("/procedures")).queryParam("pageSize", pageSize);
    if (status != null) {
      self.queryParam("status", status);
    }
    if (uitkomst != null) {
      self.queryParam("uitkomst", uitkomst);
    }
    return Response.ok(
            pagina(
                service.lijst(
                    caller.get(),
                    this::gecoordineerd,
                    ProcedureMapper.map(status, nl.wams.onderzoek.domain.ProcedureStatus.class),
                    ProcedureMapper.map(uitkomst, nl.wams.onderzoek.domain.Uitkomst.class),
                    null,
                    page,
                    pageSize),
                self))
        .build();
  }

  @Override
  public Response zoekProcedures(ProcedureZoekvraag zoekvraag, Integer page, Integer pageSize) {
    UriBuilder self =
        UriBuilder.fromUri(urls.of("/procedures/_zoek")).queryParam("pageSize", pageSize);
    return Response.ok(
            pagina(
                service.lijst(
                    caller.get(),
                    this::gecoordineerd,
                    null,
                    null,
                    zoekvraag.getBsn(),
                    page,
                    pageSize),
                self))
        .build();
  }

  private Response wijzig(UUID uuid, String ifMatch, Consumer<Procedure> wijziging) {
    return ok(service.wijzig(uuid, ifMatch, caller.get(), wijziging));
  }

  private ProceduresPagina pagina(Pagina<Procedure> pagina, UriBuilder self) {
    ProceduresPagina body =
        new ProceduresPagina()
            .count(pagina.totaal())
            .results(pagina.items().stream().map(this::alsGezien).toList());
    return body.next(pagina.volgende(self)).previous(pagina.vorige(self));
  }

  /** A procedure in a list: the client's own in the resident's view, others as staff see them. */
  private nl.wams.onderzoek.contract.model.Procedure alsGezien(Procedure procedure) {
    Caller wie = caller.get();
    if (Toegang.isBetrokkene(wie, procedure.betrokkeneBsn())
        && !Toegang.magBewerken(wie, procedure)) {
      return InwonerWeergave.van(toApi(procedure));
    }
    return toApi(procedure);
  }

  private Response ok(Procedure procedure) {
    return Response.ok(toApi(procedure))
        .header(HttpHeaders.ETAG, EntityTags.of(procedure.versie()))
        .build();
  }

  private nl.wams.onderzoek.contract.model.Procedure toApi(Procedure procedure) {
    return ProcedureMapper.toApi(procedure, url(procedure));
  }

  private URI url(Procedure procedure) {
    return url(procedure.id());
  }

  /** The procedures of this service that coordinatie says the caller coordinates. */
  private Set<UUID> gecoordineerd() {
    String eigen = urls.of("/procedures/").toString();
    Set<UUID> ids = new HashSet<>();
    for (URI procedure : coordinatie.gecoordineerd(caller.bearerToken())) {
      // Not one of ours (another path under the same base): left out.
      PublicUrls.uuidNa(eigen, procedure.toString()).ifPresent(ids::add);
    }
    return ids;
  }

  private URI url(UUID id) {
    return urls.of("/procedures/" + id);
  }
}
