package nl.wams.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class GelijktijdigeWijzigingTest {

  @Test
  void aUniqueViolationSerializationFailureOrDeadlockDeepInTheCauseChainIsAConflict() {
    for (String state : new String[] {"23505", "40001", "40P01"}) {
      Throwable e =
          new IllegalStateException(
              "commit failed", new RuntimeException(new SQLException("refused", state)));
      assertThat(ProblemExceptionMappers.isGelijktijdigeWijziging(e)).as(state).isTrue();
    }
  }

  @Test
  void otherDatabaseFailuresAndOrdinaryExceptionsAreNot() {
    assertThat(
            ProblemExceptionMappers.isGelijktijdigeWijziging(
                new RuntimeException(new SQLException("not null", "23502"))))
        .isFalse();
    assertThat(
            ProblemExceptionMappers.isGelijktijdigeWijziging(
                new RuntimeException(new SQLException("connection", "08006"))))
        .isFalse();
    assertThat(ProblemExceptionMappers.isGelijktijdigeWijziging(new IllegalStateException()))
        .isFalse();
  }
}
