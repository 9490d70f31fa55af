package nl.wams.coordinatie.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import nl.wams.commons.events.DienstToken;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.coordinatie.client.onderzoek.ProceduresApi;
import nl.wams.coordinatie.client.onderzoek.model.ProcedureBetrokkene;
import nl.wams.coordinatie.service.ProcedureBetrokkenen;

/**
 * The people of a procedure from onderzoek's {@code getProcedureBetrokkenen}, called with the
 * services' own token (client {@code wams-services}, role {@code wams-service}): the caller of
 * coordinatie may well have no access to the procedure at onderzoek, and naming its people is the
 * service's own duty. The cache and the fail-closed rule are commons-logboek's {@link
 * nl.wams.commons.logboek.OnderzoekBetrokkenen}; this class only supplies the generated client.
 */
@ApplicationScoped
class OnderzoekBetrokkenen implements ProcedureBetrokkenen {

  private final nl.wams.commons.logboek.OnderzoekBetrokkenen onderzoek;
  private final Betrokkenen betrokkenen;

  OnderzoekBetrokkenen(
      OnderzoekConfig config, ObjectMapper json, DienstToken token, Betrokkenen betrokkenen) {
    ProceduresApi api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(config.url())
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .clientHeadersFactory(
                (binnen, buiten) -> {
                  MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
                  headers.putSingle(HttpHeaders.AUTHORIZATION, token.bearer());
                  return headers;
                })
            .register(new TolerantJson(json))
            .build(ProceduresApi.class);
    this.onderzoek =
        new nl.wams.commons.logboek.OnderzoekBetrokkenen(
            uuid ->
                api.getProcedureBetrokkenen(uuid).getBetrokkenen().stream()
                    .map(ProcedureBetrokkene::getBsn)
                    .toList(),
            config.publicUrl().orElse(config.url()),
            config.betrokkenen().cacheTtl(),
            config.betrokkenen().cacheSize(),
            config.betrokkenen().retryAfter());
    this.betrokkenen = betrokkenen;
  }

  @Override
  public void noem(Collection<URI> procedures) {
    onderzoek.noem(procedures, betrokkenen);
  }
}
