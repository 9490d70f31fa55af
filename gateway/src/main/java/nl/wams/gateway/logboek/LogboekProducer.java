package nl.wams.gateway.logboek;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pseudonymisation of the configured keys. */
public class LogboekProducer {

  @Produces
  @Singleton
  Pseudoniem pseudoniem(LogboekConfig config) {
    return new Pseudoniem(config.hmacKeyVersie(), config.hmacKey(), config.eerdereHmacKeys());
  }
}
