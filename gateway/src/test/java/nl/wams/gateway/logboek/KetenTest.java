package nl.wams.gateway.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of a row is part of every stored hash: changing it would break the chain of
 * every Logboek already written. The expected hash is computed outside Java (Python's hashlib over
 * {@code "0"*64 + "1:7;5:ruimé;-;3:x,y;2:,b;0:;27:2026-11-23T04:00:00.123456Z;"}).
 */
class KetenTest {

  @Test
  void theCanonicalFormOfARowIsFixed() {
    List<Object> rij =
        Arrays.asList(
            7L,
            "ruimé",
            null,
            List.of("x", "y"),
            List.of("", "b"),
            List.of(),
            Instant.parse("2026-11-23T04:00:00.123456Z"));
    assertThat(Keten.hash(Keten.BEGIN, rij))
        .isEqualTo("ca0c4f06afb6dcd765934ad780566108a70d0b7e71372f9278bde900c9954b7d");
  }

  @Test
  void everyValueAndThePreviousHashCount() {
    String hash = Keten.hash(Keten.BEGIN, List.of("a", "b"));
    assertThat(Keten.hash(Keten.BEGIN, List.of("ab"))).isNotEqualTo(hash);
    assertThat(Keten.hash(Keten.BEGIN, List.of(List.of("a", "b")))).isNotEqualTo(hash);
    assertThat(Keten.hash(hash, List.of("a", "b"))).isNotEqualTo(hash);
  }
}
