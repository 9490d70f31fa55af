package nl.wams.verslag.client;

import io.smallrye.config.ConfigMapping;
import nl.wams.commons.apicontract.Bron;

/** Where the sources verslag reads from are reached (documented in docs/configuration.md). */
public interface BronnenConfig {

  /** casusoverleg, the source of the overleggen. */
  @ConfigMapping(prefix = "wams.casusoverleg")
  interface Casusoverleg extends Bron {}

  /** onderzoek, the source of the procedures and their gegevensverzoeken. */
  @ConfigMapping(prefix = "wams.onderzoek")
  interface Onderzoek extends Bron {}
}
