package nl.wams.onderzoek.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import nl.wams.commons.security.Caller;
import org.junit.jupiter.api.Test;

class ToegangTest {

  private static final Procedure PROCEDURE =
      Procedure.start(
          new StartInvoer("0363", Ingangssoort.HULPVRAAG, null, "999993653", null, null, null),
          "onderzoeker-ams",
          false,
          Instant.parse("2026-11-02T09:00:00Z"));

  private static Caller caller(String name, String role, String gemeente) {
    return new Caller(
        name, Set.of(role), Optional.ofNullable(gemeente), Optional.empty(), Optional.empty());
  }

  @Test
  void theAssignedOnderzoekerOfTheMunicipalityReadsAndChangesWithoutAskingCoordinatie() {
    AtomicInteger gevraagd = new AtomicInteger();
    BooleanSupplier vraag = () -> gevraagd.incrementAndGet() > 0;
    Caller onderzoeker = caller("onderzoeker-ams", "onderzoeker", "0363");
    assertThat(Toegang.magInzien(onderzoeker, PROCEDURE, vraag)).isTrue();
    assertThat(Toegang.magBewerken(onderzoeker, PROCEDURE)).isTrue();
    assertThat(gevraagd.get()).isZero();
  }

  @Test
  void anotherOnderzoekerOrMunicipalityHasNoAccess() {
    assertThat(Toegang.magInzien(caller("ander", "onderzoeker", "0363"), PROCEDURE, () -> true))
        .isFalse();
    assertThat(
            Toegang.magInzien(
                caller("onderzoeker-ams", "onderzoeker", "0344"), PROCEDURE, () -> true))
        .isFalse();
  }

  @Test
  void aCoordinatorReadsOnlyWhatCoordinatieSaysTheyCoordinateAndNeverChanges() {
    Caller coordinator = caller("coordinator-ams", "coordinator", "0363");
    assertThat(Toegang.magInzien(coordinator, PROCEDURE, () -> true)).isTrue();
    assertThat(Toegang.magInzien(coordinator, PROCEDURE, () -> false)).isFalse();
    assertThat(Toegang.magBewerken(coordinator, PROCEDURE)).isFalse();
  }

  @Test
  void otherRolesAreNeverAskedAbout() {
    AtomicInteger gevraagd = new AtomicInteger();
    assertThat(
            Toegang.magInzien(
                caller("partner-ggz", "partner-ggz", null),
                PROCEDURE,
                () -> gevraagd.incrementAndGet() > 0))
        .isFalse();
    assertThat(gevraagd.get()).isZero();
  }
}
