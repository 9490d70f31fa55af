package nl.wams.apispecs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build check: every component's contract in this folder follows the API rules. */
class ApiSpecsTest {

  /** Surefire runs in the module folder, which is the api-specs folder itself. */
  private static final Path API_SPECS = Path.of(System.getProperty("basedir", "."));

  @Test
  void everyComponentSpecFollowsTheApiRules() {
    List<Spec> specs = specs();

    List<Violation> violations = SpecRules.check(specs);

    assertTrue(violations.isEmpty(), () -> SpecRulesTest.describe(violations));
  }

  /** Other modules read the contracts from this module's jar. */
  @Test
  void everySpecIsOnTheClasspath() {
    for (Spec spec : specs()) {
      assertNotNull(
          getClass().getResource("/" + spec.file()),
          spec.file() + " is not packaged as a resource");
    }
  }

  @Test
  void theReadmeExplainsEveryGegevenscategorie() throws IOException {
    String readme = Files.readString(API_SPECS.resolve("README.md"));

    for (String code : Gegevenscategorie.codes()) {
      assertTrue(readme.contains("`" + code + "`"), "README.md does not explain `" + code + "`");
    }
  }

  private static List<Spec> specs() {
    List<Spec> specs = Spec.discover(API_SPECS);
    // Guards against a wrong working directory: checking no specs at all would always pass.
    assertFalse(specs.isEmpty(), "no <component>/openapi.yaml in " + API_SPECS.toAbsolutePath());
    return specs;
  }
}
