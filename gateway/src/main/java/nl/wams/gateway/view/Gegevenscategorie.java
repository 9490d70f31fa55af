package nl.wams.gateway.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The closed list of {@code x-gegevenscategorie} values (api-specs/README.md explains each). The
 * build check of api-specs keeps its own copy for the contracts; the gateway's policy check rejects
 * any category outside this list, in a contract or in the policy.
 */
public enum Gegevenscategorie {
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

  /** AVG art. 9 and 10: never for an enforcement role unless its own domain law allows it. */
  public static final Set<Gegevenscategorie> BIJZONDER = Set.of(GEZONDHEID, STRAFRECHTELIJK);

  /** The value as written in the specs and the policy, e.g. {@code werk-inkomen}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Gegevenscategorie> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }
}
