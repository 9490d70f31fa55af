package nl.wams.commons.preconditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void tagIsTheQuotedVersion() {
    assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
  }

  @Test
  void missingIfMatchIsPreconditionRequired() {
    for (String missing : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> EntityTags.requireMatch(missing, 1))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }
  }

  @Test
  void staleIfMatchIsPreconditionFailed() {
    assertThatThrownBy(() -> EntityTags.requireMatch("\"1\"", 2))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
    assertThatThrownBy(() -> EntityTags.requireMatch("2", 2)).isInstanceOf(ProblemException.class);
  }

  @Test
  void currentTagWildcardListAndWeakTagMatch() {
    assertThatCode(() -> EntityTags.requireMatch("\"2\"", 2)).doesNotThrowAnyException();
    assertThatCode(() -> EntityTags.requireMatch("*", 2)).doesNotThrowAnyException();
    assertThatCode(() -> EntityTags.requireMatch("\"1\", \"2\"", 2)).doesNotThrowAnyException();
    assertThatCode(() -> EntityTags.requireMatch("W/\"2\"", 2)).doesNotThrowAnyException();
  }
}
