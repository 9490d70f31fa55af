package nl.wams.verslag.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.verslag.client.casusoverleg.OverleggenApi;
import nl.wams.verslag.client.casusoverleg.model.Deelnemer;
import nl.wams.verslag.client.casusoverleg.model.Overleg;
import nl.wams.verslag.client.casusoverleg.model.OverlegSoort;
import nl.wams.verslag.client.casusoverleg.model.OverlegStatus;
import nl.wams.verslag.domain.Momentopname;
import nl.wams.verslag.service.Overleggen;

/**
 * The overleggen at casusoverleg through the client generated from its contract, with the caller's
 * token: casusoverleg decides whether this person may see the overleg and what of it. Of the answer
 * only participants and agreements are kept (the limited report), and the URL of the procedure it
 * is about (to name its people in the Logboek); the subject, the invitations (names) and the
 * inbreng are dropped with the response.
 */
@ApplicationScoped
class CasusoverlegOverleggen implements Overleggen {

  private static final String BRON = "Casusoverleg";
  private static final String VELD = "overleg";

  private final OverleggenApi api;
  private final String overlegPrefix;

  CasusoverlegOverleggen(BronnenConfig.Casusoverleg config, ObjectMapper json) {
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(config.url())
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .clientHeadersFactory(new TokenDoorgifte())
            .register(new TolerantJson(json))
            .build(OverleggenApi.class);
    this.overlegPrefix = PublicUrls.basisVan(config) + "/overleggen/";
  }

  @Override
  public URI canoniek(URI overleg) {
    return URI.create(overlegPrefix + uuid(overleg));
  }

  @Override
  public Stand haal(URI overleg) {
    Overleg gevonden;
    try {
      gevonden = api.getOverleg(uuid(overleg));
    } catch (WebApplicationException e) {
      throw fout(e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw Bronfouten.onbereikbaar(BRON, e);
    }
    if (gevonden.getGemeentecode() == null
        || gevonden.getStatus() == null
        || gevonden.getSoort() == null
        // An identified overleg names its procedure, an anonymous one has none: otherwise the
        // people of the report could not be named, or would be named wrongly.
        || (gevonden.getSoort() == OverlegSoort.GEIDENTIFICEERD)
            != (gevonden.getProcedure() != null)) {
      throw Bronfouten.onverwacht(BRON, 200);
    }
    List<Momentopname.Deelnemer> deelnemers =
        gevonden.getDeelnemers().stream()
            .map(
                d ->
                    new Momentopname.Deelnemer(
                        d.getId(),
                        d.getOrganisatie(),
                        d.getDomein() == null ? null : d.getDomein().toString(),
                        d.getRol(),
                        d.getAanwezig()))
            .toList();
    Map<UUID, String> organisaties =
        gevonden.getDeelnemers().stream()
            .collect(Collectors.toMap(Deelnemer::getId, Deelnemer::getOrganisatie, (a, b) -> a));
    List<Momentopname.Afspraak> afspraken =
        gevonden.getAfspraken().stream()
            .map(
                a ->
                    new Momentopname.Afspraak(
                        a.getId(),
                        a.getOmschrijving(),
                        a.getPartij(),
                        organisaties.getOrDefault(a.getPartij(), "?"),
                        a.getDeadline()))
            .toList();
    return new Stand(
        gevonden.getStatus() == OverlegStatus.GEHOUDEN,
        new Momentopname(
            canoniek(overleg),
            gevonden.getGemeentecode(),
            gevonden.getGehoudenOp() == null ? null : gevonden.getGehoudenOp().toInstant(),
            deelnemers,
            afspraken),
        Optional.ofNullable(gevonden.getProcedure()));
  }

  private UUID uuid(URI overleg) {
    return PublicUrls.uuidNa(overlegPrefix, overleg.toString())
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    VELD,
                    "geen-overleg",
                    "Dit is geen URL van een overleg bij casusoverleg ("
                        + overlegPrefix
                        + "{uuid})."));
  }

  private static ProblemException fout(int status) {
    return switch (status) {
      case 404 ->
          ProblemException.invalid(
              VELD, "onbekend", "Casusoverleg kent geen overleg met deze URL.");
      case 403 ->
          new ProblemException(
              ProblemType.FORBIDDEN, "Casusoverleg geeft u geen toegang tot dit overleg.");
      default -> Bronfouten.onverwacht(BRON, status);
    };
  }
}
