package nl.wams.verslag.domain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one version of a report holds: the participants and the agreements of the overleg as they
 * were fetched from casusoverleg - the limited report (WAMS.md §4), nothing else of the overleg.
 * Stored as taken, so an adopted version does not change when the overleg later does.
 */
public record Momentopname(
    URI overleg,
    String gemeentecode,
    Instant gehoudenOp,
    List<Deelnemer> deelnemers,
    List<Afspraak> afspraken) {

  public Momentopname {
    deelnemers = List.copyOf(deelnemers);
    afspraken =
        afspraken.stream()
            .sorted(Comparator.comparing(Afspraak::deadline).thenComparing(Afspraak::id))
            .toList();
  }

  /** A participating organisation. */
  public record Deelnemer(
      UUID id, String organisatie, String domein, String rol, Boolean aanwezig) {}

  /** An agreement: what, which participant (and its organisation), when. */
  public record Afspraak(
      UUID id, String omschrijving, UUID partij, String organisatie, LocalDate deadline) {}

  /** A participant's part: everyone who took part, and only the agreements for this participant. */
  public record Deel(Deelnemer deelnemer, List<Deelnemer> deelnemers, List<Afspraak> afspraken) {}

  public Optional<Deelnemer> deelnemer(UUID id) {
    return deelnemers.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The part of one participant (WAMS.md §4: a participant receives only what concerns it). */
  public Optional<Deel> deelVoor(UUID deelnemer) {
    return deelnemer(deelnemer)
        .map(
            d ->
                new Deel(
                    d,
                    deelnemers,
                    afspraken.stream().filter(a -> a.partij().equals(deelnemer)).toList()));
  }
}
