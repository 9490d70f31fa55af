package nl.wams.verslag.indicatoren;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The indicators' settings (documented in docs/configuration.md). */
@ConfigMapping(prefix = "wams.verslag.indicatoren")
public interface IndicatorConfig {

  /** Counts below this number are suppressed in every export. */
  @WithDefault("5")
  int minCelgrootte();

  /** The time zone of the municipalities: where a day of a period begins and ends. */
  @WithDefault("Europe/Amsterdam")
  ZoneId tijdzone();
}
