package nl.wams.coordinatie.client;

import io.smallrye.config.ConfigMapping;
import nl.wams.commons.logboek.OnderzoekBetrokkenen;

/**
 * Where onderzoek, the source of the procedures, is reached ({@code wams.onderzoek.*}, documented
 * in docs/configuration.md): the same settings for the procedure reads and for the look-up of its
 * people.
 */
@ConfigMapping(prefix = "wams.onderzoek")
public interface OnderzoekConfig extends OnderzoekBetrokkenen.Bron {}
