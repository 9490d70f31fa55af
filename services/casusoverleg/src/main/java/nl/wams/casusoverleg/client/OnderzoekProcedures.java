package nl.wams.casusoverleg.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.wams.casusoverleg.client.onderzoek.ProceduresApi;
import nl.wams.casusoverleg.client.onderzoek.model.Conclusie;
import nl.wams.casusoverleg.client.onderzoek.model.Procedure;
import nl.wams.casusoverleg.client.onderzoek.model.ProcedureStatus;
import nl.wams.casusoverleg.client.onderzoek.model.Uitkomst;
import nl.wams.casusoverleg.domain.ProcedureFeiten;
import nl.wams.casusoverleg.service.Procedures;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * The procedures at onderzoek through the client generated from onderzoek's contract, with the
 * caller's token. Reads tolerantly: fields onderzoek adds later are ignored. Of the dossier only
 * what {@link ProcedureFeiten} names is used; the rest (including the client's BSN) is dropped with
 * the response and never stored or logged. Fails closed: no answer, no overleg.
 */
@ApplicationScoped
class OnderzoekProcedures implements Procedures {

  private static final Logger LOG = Logger.getLogger(OnderzoekProcedures.class);
  private static final String VELD = "procedure";

  private final ProceduresApi api;
  private final String procedurePrefix;

  OnderzoekProcedures(OnderzoekConfig config, ObjectMapper json) {
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(config.url())
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .clientHeadersFactory(new TokenDoorgifte())
            .register(new TolerantJson(json))
            .build(ProceduresApi.class);
    this.procedurePrefix = PublicUrls.basisVan(config) + "/procedures/";
  }

  @Override
  public URI canoniek(URI procedure) {
    return URI.create(procedurePrefix + uuid(procedure));
  }

  @Override
  public ProcedureFeiten haal(URI procedure) {
    Procedure gevonden;
    try {
      gevonden = api.getProcedure(uuid(procedure));
    } catch (WebApplicationException e) {
      throw fout(e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw onbereikbaar(e);
    }
    if (gevonden.getGemeentecode() == null || gevonden.getStatus() == null) {
      LOG.warn("Onderzoek answered a procedure without gemeentecode or status");
      throw onverwacht();
    }
    Conclusie conclusie = gevonden.getConclusie();
    Uitkomst uitkomst = conclusie == null ? null : conclusie.getUitkomst();
    return new ProcedureFeiten(
        gevonden.getGemeentecode(),
        gevonden.getStatus() == ProcedureStatus.ONDERZOEK,
        uitkomst == Uitkomst.COORDINATIE_VERPLICHT || uitkomst == Uitkomst.COORDINATIE_OPTIONEEL);
  }

  private UUID uuid(URI procedure) {
    return PublicUrls.uuidNa(procedurePrefix, procedure.toString())
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    VELD,
                    "geen-procedure",
                    "Dit is geen URL van een procedure bij onderzoek ("
                        + procedurePrefix
                        + "{uuid})."));
  }

  private static ProblemException fout(int status) {
    return switch (status) {
      case 404 ->
          ProblemException.invalid(VELD, "onbekend", "Onderzoek kent geen procedure met deze URL.");
      case 403 ->
          new ProblemException(
              ProblemType.FORBIDDEN, "Onderzoek geeft u geen toegang tot deze procedure.");
      default -> {
        // Our own token check passed, so a 401 here is as unexpected as a 5xx.
        LOG.warnf("Onderzoek answered GET procedure with status %d", status);
        yield onverwacht();
      }
    };
  }

  private static ProblemException onbereikbaar(ProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
        LOG.warn("Onderzoek did not answer in time");
        return new ProblemException(
            ProblemType.GATEWAY_TIMEOUT,
            "Onderzoek antwoordde niet op tijd. Probeer het later opnieuw.");
      }
    }
    LOG.warnf("Onderzoek unreachable: %s", e.getClass().getName());
    return new ProblemException(
        ProblemType.SERVICE_UNAVAILABLE,
        "Onderzoek is niet bereikbaar. Probeer het later opnieuw.");
  }

  private static ProblemException onverwacht() {
    return new ProblemException(
        ProblemType.SERVICE_UNAVAILABLE,
        "Onderzoek gaf een onverwacht antwoord. Probeer het later opnieuw.");
  }
}
