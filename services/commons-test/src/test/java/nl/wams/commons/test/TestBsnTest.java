package nl.wams.commons.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestBsnTest {

  @Test
  void everyBsnPassesTheElfproefAndTheyDiffer() {
    Set<String> gezien = new HashSet<>();
    for (int n = 0; n < 1000; n++) {
      String bsn = TestBsn.nieuwBsn();
      assertThat(bsn).hasSize(9).startsWith("9").containsOnlyDigits();
      int som = 0;
      for (int i = 0; i < 8; i++) {
        som += (9 - i) * (bsn.charAt(i) - '0');
      }
      som -= bsn.charAt(8) - '0';
      assertThat(som % 11).as(bsn).isZero();
      gezien.add(bsn);
    }
    assertThat(gezien).hasSizeGreaterThan(990);
  }
}
