package nl.wams.verslag.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Collection;
import nl.wams.commons.events.DienstToken;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.verslag.service.ProcedureBetrokkenen;

/**
 * The people of a procedure from onderzoek's {@code getProcedureBetrokkenen}, called with the
 * services' own token (client {@code wams-services}, role {@code wams-service}): the caller of
 * verslag (a partner reading its part) may well have no access to the procedure at onderzoek, and
 * naming its people is the service's own duty. The call, the cache and the fail-closed rule are
 * commons-logboek's.
 */
@ApplicationScoped
class OnderzoekBetrokkenen implements ProcedureBetrokkenen {

  private final nl.wams.commons.logboek.OnderzoekBetrokkenen onderzoek;
  private final Betrokkenen betrokkenen;

  OnderzoekBetrokkenen(
      BronnenConfig.Onderzoek config,
      ObjectMapper json,
      DienstToken token,
      Betrokkenen betrokkenen) {
    this.onderzoek = nl.wams.commons.logboek.OnderzoekBetrokkenen.van(config, token::bearer, json);
    this.betrokkenen = betrokkenen;
  }

  @Override
  public void noem(Collection<URI> procedures) {
    onderzoek.noem(procedures, betrokkenen);
  }
}
