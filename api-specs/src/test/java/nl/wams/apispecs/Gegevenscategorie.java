package nl.wams.apispecs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The closed list of values for {@code x-gegevenscategorie}. The gateway's per-role views are built
 * on these categories, so this enum is the one place the list is kept (README.md explains each).
 */
enum Gegevenscategorie {
  IDENTIFICATIE,
  CONTACT,
  PROCES,
  FINANCIEEL,
  WERK_INKOMEN,
  WONEN,
  ONDERWIJS,
  ZORG,
  GEZONDHEID,
  STRAFRECHTELIJK,
  VEILIGHEID,
  MELDER,
  VRIJE_TEKST;

  /** The value as written in the specs, e.g. {@code werk-inkomen}. */
  String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<Gegevenscategorie> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }

  static List<String> codes() {
    return Arrays.stream(values()).map(Gegevenscategorie::code).toList();
  }
}
