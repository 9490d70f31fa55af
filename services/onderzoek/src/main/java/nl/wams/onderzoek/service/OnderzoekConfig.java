package nl.wams.onderzoek.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Settings of the onderzoek service (documented in docs/configuration.md). */
@ConfigMapping(prefix = "wams.onderzoek")
public interface OnderzoekConfig {

  /** A new onderzoek of a person investigated within this period is flagged (000 §4.3). */
  @WithDefault("P12M")
  Period herhalingPeriode();
}
