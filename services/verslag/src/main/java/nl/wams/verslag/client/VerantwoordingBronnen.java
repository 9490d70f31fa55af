package nl.wams.verslag.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.wams.commons.apicontract.Bron;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.verslag.service.Verantwoordingsbronnen;

/**
 * The sources of the accountability report, read with the caller's token (fg/auditor): onderzoek
 * and casusoverleg decide themselves that this person may read (gemeente-scoped, read-only). The
 * operations are those of their contracts ({@code getProcedure}, {@code listOverleggen}, {@code
 * listVerzoeken}); the answers are read as JSON trees, and the service keeps only who, when, why,
 * categories and outcome of them - the content is dropped with the response.
 */
@ApplicationScoped
class VerantwoordingBronnen implements Verantwoordingsbronnen {

  /** The read operation of onderzoek's contract that is used. */
  @Path("/procedures")
  @Produces(MediaType.APPLICATION_JSON)
  public interface OnderzoekLezen {
    @GET
    @Path("/{uuid}")
    JsonNode getProcedure(@PathParam("uuid") UUID uuid);
  }

  /** The read operations of casusoverleg's contract that are used. */
  @Path("/overleggen")
  @Produces(MediaType.APPLICATION_JSON)
  public interface CasusoverlegLezen {
    @GET
    JsonNode listOverleggen(
        @QueryParam("procedure") String procedure,
        @QueryParam("page") int page,
        @QueryParam("pageSize") int pageSize);

    @GET
    @Path("/{uuid}/verzoeken")
    JsonNode listVerzoeken(@PathParam("uuid") UUID uuid);
  }

  private static final int PAGINA = 100;

  private final OnderzoekLezen onderzoek;
  private final CasusoverlegLezen casusoverleg;
  private final String procedurePrefix;

  VerantwoordingBronnen(
      BronnenConfig.Onderzoek onderzoekConfig,
      BronnenConfig.Casusoverleg casusoverlegConfig,
      ObjectMapper json) {
    this.onderzoek = bouw(onderzoekConfig, json, OnderzoekLezen.class);
    this.casusoverleg = bouw(casusoverlegConfig, json, CasusoverlegLezen.class);
    this.procedurePrefix = PublicUrls.basisVan(onderzoekConfig) + "/procedures/";
  }

  private static <T> T bouw(Bron config, ObjectMapper json, Class<T> type) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(config.url())
        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .clientHeadersFactory(new TokenDoorgifte())
        .register(new TolerantJson(json))
        .build(type);
  }

  @Override
  public URI procedureUrl(UUID procedure) {
    return URI.create(procedurePrefix + procedure);
  }

  @Override
  public JsonNode procedure(UUID procedure) {
    return vraag("Onderzoek", () -> onderzoek.getProcedure(procedure));
  }

  @Override
  public List<JsonNode> overleggen(URI procedure) {
    List<JsonNode> alle = new ArrayList<>();
    for (int page = 1; ; page++) {
      int p = page;
      JsonNode pagina =
          vraag("Casusoverleg", () -> casusoverleg.listOverleggen(procedure.toString(), p, PAGINA));
      pagina.path("results").forEach(alle::add);
      if (pagina.path("next").isMissingNode() || pagina.path("next").isNull()) {
        return alle;
      }
    }
  }

  @Override
  public List<JsonNode> verzoeken(UUID overleg) {
    List<JsonNode> alle = new ArrayList<>();
    vraag("Casusoverleg", () -> casusoverleg.listVerzoeken(overleg))
        .path("results")
        .forEach(alle::add);
    return alle;
  }

  private static JsonNode vraag(String bron, Supplier<JsonNode> vraag) {
    try {
      JsonNode antwoord = vraag.get();
      if (antwoord == null) {
        throw Bronfouten.onverwacht(bron, 200);
      }
      return antwoord;
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      throw switch (status) {
        case 403 ->
            new ProblemException(
                ProblemType.FORBIDDEN, bron + " geeft u geen toegang tot deze gegevens.");
        case 404 -> ProblemException.notFound(bron + " kent deze procedure niet.");
        default -> Bronfouten.onverwacht(bron, status);
      };
    } catch (ProcessingException e) {
      throw Bronfouten.onbereikbaar(bron, e);
    }
  }
}
