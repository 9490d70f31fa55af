package nl.wams.commons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  void aValidatedTokenIsFoundUntilItExpires() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
    tokens.remember("a.b.c", "identity", NOW.plusSeconds(300), NOW);

    assertThat(tokens.find("a.b.c", NOW)).contains("identity");
    assertThat(tokens.find("a.b.c", NOW.plusSeconds(299))).contains("identity");
    assertThat(tokens.find("a.b.c", NOW.plusSeconds(300))).isEmpty();
    assertThat(tokens.size()).as("an expired entry is dropped when met").isZero();
  }

  @Test
  void onlyTheExactSameTokenIsFound() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
    tokens.remember("header.claims.signature", "identity", NOW.plusSeconds(300), NOW);

    assertThat(tokens.find("header.claims.signaturX", NOW)).isEmpty();
    assertThat(tokens.find("header.claims.", NOW)).isEmpty();
    assertThat(tokens.find("header.claims.signature ", NOW)).isEmpty();
  }

  @Test
  void anAlreadyExpiredTokenIsNotRemembered() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
    tokens.remember("old", "identity", NOW, NOW);
    tokens.remember("older", "identity", NOW.minusSeconds(1), NOW);

    assertThat(tokens.size()).isZero();
  }

  @Test
  void whenFullExpiredEntriesMakeRoomAndOtherwiseNewTokensAreNotCached() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(2);
    tokens.remember("short", "1", NOW.plusSeconds(10), NOW);
    tokens.remember("long", "2", NOW.plusSeconds(600), NOW);

    Instant later = NOW.plusSeconds(60);
    tokens.remember("new", "3", later.plusSeconds(600), later);
    assertThat(tokens.find("new", later)).contains("3");
    assertThat(tokens.find("short", later)).isEmpty();

    tokens.remember("newer", "4", later.plusSeconds(600), later);
    assertThat(tokens.find("newer", later)).as("full: not cached").isEmpty();
    assertThat(tokens.find("long", later)).contains("2");
  }

  @Test
  void capacityZeroCachesNothing() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(0);
    tokens.remember("a", "1", NOW.plusSeconds(10), NOW);

    assertThat(tokens.find("a", NOW)).isEmpty();
    assertThatThrownBy(() -> new VerifiedTokens<>(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
