package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void withoutArgumentsKeepsTheDataAndLoadsTheDemo() {
    assertEquals(new Options(false, true, false), Options.parse(List.of()));
  }

  @Test
  void readsEveryFlagInAnyOrder() {
    assertEquals(new Options(true, false, false), Options.parse(List.of("--no-demo", "--reset")));
    assertEquals(new Options(false, true, true), Options.parse(List.of("--help")));
    assertEquals(new Options(false, true, true), Options.parse(List.of("-h")));
  }

  @Test
  void rejectsAnUnknownArgumentByName() {
    var error =
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--rest")));
    assertTrue(error.getMessage().contains("--rest"), error.getMessage());
  }

  @Test
  void usageNamesEveryFlag() {
    for (String flag : List.of("--reset", "--no-demo", "--no-build", "--help")) {
      assertTrue(Options.USAGE.contains(flag), flag);
    }
  }
}
