package nl.wams.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LoggableFailureTest {

  @Test
  void keepsClassesStateAndFramesButNoMessage() {
    Exception failure =
        new IllegalStateException(
            "could not execute statement",
            new SQLException(
                "ERROR: new row violates check constraint; Failing row contains (999993653, J. de Vries)",
                "23514"));

    String logged = LoggableFailure.describe(failure);

    assertThat(logged)
        .contains("java.lang.IllegalStateException")
        .contains("Caused by: java.sql.SQLException (SQLState 23514)")
        .contains("\tat nl.wams.commons.problem.LoggableFailureTest")
        .doesNotContain("999993653")
        .doesNotContain("Vries")
        .doesNotContain("could not execute");
  }
}
