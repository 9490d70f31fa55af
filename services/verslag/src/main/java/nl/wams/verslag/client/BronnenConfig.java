package nl.wams.verslag.client;

import io.smallrye.config.ConfigMapping;
import nl.wams.commons.apicontract.Bron;
import nl.wams.commons.logboek.OnderzoekBetrokkenen;

/** Where the sources verslag reads from are reached (documented in docs/configuration.md). */
public interface BronnenConfig {

  /** casusoverleg, the source of the overleggen. */
  @ConfigMapping(prefix = "wams.casusoverleg")
  interface Casusoverleg extends Bron {}

  /**
   * onderzoek, the source of the procedures and their gegevensverzoeken (read with the caller's
   * token) and of the people of a procedure (asked with the service's own token): the same settings
   * for both.
   */
  @ConfigMapping(prefix = "wams.onderzoek")
  interface Onderzoek extends OnderzoekBetrokkenen.Bron {}
}
