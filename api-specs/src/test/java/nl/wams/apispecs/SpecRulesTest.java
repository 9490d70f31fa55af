package nl.wams.apispecs;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves each rule can fail: one small broken spec per rule under src/test/resources/fixtures. */
class SpecRulesTest {

  @Test
  void theValidFixtureFollowsEveryRule() {
    List<Violation> violations = SpecRules.check(List.of(fixture("valid")));

    assertTrue(violations.isEmpty(), () -> describe(violations));
  }

  /**
   * Each broken fixture is checked beside the valid one (so an operationId can clash across specs)
   * and must break its own rule, exactly at the expected places, and no other rule.
   */
  @ParameterizedTest(name = "{0} breaks {1}")
  @MethodSource("brokenFixtures")
  void eachRuleCanFail(String fixture, Rule rule, List<String> pointers) {
    List<Violation> violations = SpecRules.check(List.of(fixture("valid"), fixture(fixture)));

    assertEquals(Set.of(rule), rules(violations), () -> describe(violations));
    assertEquals(Set.copyOf(pointers), pointers(violations), () -> describe(violations));
    assertEquals(
        Set.of(fixture + "/openapi.yaml"),
        violations.stream().map(Violation::file).collect(toSet()),
        () -> describe(violations));
  }

  static Stream<Arguments> brokenFixtures() {
    return Stream.of(
        arguments("not-openapi-3-0", Rule.PARSES, List.of("#/openapi", "#")),
        arguments(
            "typed-format-constraints",
            Rule.TYPED_FORMAT_CONSTRAINTS,
            List.of(
                "#/components/schemas/Ding/properties/bron/maxLength",
                "#/components/schemas/Ding/properties/moment/pattern",
                "#/components/schemas/Ding/properties/sleutel/minLength")),
        arguments(
            "wrong-server-and-version",
            Rule.SERVER_AND_VERSION,
            List.of("#/servers/0/url", "#/info/version")),
        arguments("two-servers", Rule.SERVER_AND_VERSION, List.of("#/servers")),
        arguments(
            "bad-operations",
            Rule.OPERATIONS_AND_PATHS,
            List.of(
                "#/paths/~1dingen~1",
                "#/paths/~1dingen~1/get",
                "#/paths/~1grote_dingen~1{uuid}",
                "#/paths/~1grote_dingen~1{uuid}/get/operationId")),
        arguments(
            "missing-api-version",
            Rule.API_VERSION_HEADER,
            List.of(
                "#/paths/~1dingen/get/responses/200/headers",
                "#/components/responses/NoContent/headers",
                "#/paths/~1andere-dingen/get/responses/200/headers/API-Version")),
        arguments(
            "bad-problem-responses",
            Rule.PROBLEM_ERRORS,
            List.of(
                "#/paths/~1dingen/get/responses/400/content",
                "#/paths/~1dingen/get/responses/404/content",
                "#/paths/~1dingen/get/responses/default/content/application~1problem+json/schema",
                "#/components/schemas/Problem/properties",
                "#/components/schemas/InvalidParam/properties")),
        arguments(
            "personal-data-in-url",
            Rule.NO_PERSONAL_DATA_IN_URL,
            List.of(
                "#/paths/~1personen~1{nummer}/parameters/0/schema",
                "#/paths/~1personen~1{nummer}/get/parameters/0/name",
                "#/paths/~1personen~1{nummer}/get/parameters/1/description",
                "#/components/parameters/Klantnummer/schema")),
        arguments(
            "unclassified-properties",
            Rule.GEGEVENSCATEGORIE,
            List.of(
                "#/components/schemas/Ding/properties/naam",
                "#/components/schemas/Ding/properties/soort",
                "#/components/schemas/Ding/properties/status/x-gegevenscategorie",
                "#/components/schemas/Ding/properties/adres/properties/straat",
                "#/components/schemas/Ding/properties/kinderen/items/properties/leeftijd",
                "#/components/schemas/Ding/properties/extra/allOf/1/properties/notitie",
                "#/paths/~1dingen/post/requestBody/content/application~1json/schema/properties/opmerking",
                "#/paths/~1dingen/post/responses/200/content/application~1json/schema/properties/aantal",
                "#/paths/~1dingen/post/responses/200/content/application~1json/schema/properties/ding")),
        arguments(
            "bad-request-media-type",
            Rule.REQUEST_MEDIA_TYPE,
            List.of(
                "#/paths/~1dingen/post/requestBody/content/application~1xml",
                "#/components/requestBodies/Tekst/content/text~1plain")));
  }

  @Test
  void everyRuleHasABrokenFixture() {
    Set<Rule> covered =
        brokenFixtures()
            .map(row -> (Rule) row.get()[1])
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));

    assertEquals(EnumSet.allOf(Rule.class), covered);
  }

  @Test
  void yamlThatDoesNotReadIsReportedAndStopsTheOtherRules() {
    // A duplicated key would otherwise silently keep only the last value.
    String duplicateKey = "openapi: 3.0.3\nopenapi: 3.0.3\n";

    List<Violation> violations =
        SpecRules.check(List.of(new Spec("kapot", "kapot/openapi.yaml", duplicateKey)));

    assertEquals(Set.of(Rule.PARSES), rules(violations), () -> describe(violations));
    assertFalse(violations.isEmpty());
  }

  private static Spec fixture(String name) {
    try {
      Path fixtures = Path.of(SpecRulesTest.class.getResource("/fixtures").toURI());
      return Spec.read(fixtures, fixtures.resolve(name).resolve("openapi.yaml"));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<Rule> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).collect(toSet());
  }

  private static Set<String> pointers(List<Violation> violations) {
    return violations.stream().map(v -> "#" + v.pointer()).collect(toSet());
  }

  static String describe(List<Violation> violations) {
    return violations.size()
        + " violation(s):\n"
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
