package nl.wams.verslag.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One version of a report: its snapshot (JSON of {@link Momentopname}), draft or adopted. */
@Entity
@Table(name = "verslag_versie")
@IdClass(VerslagVersie.Sleutel.class)
public class VerslagVersie {

  /** The composite key: report and version number. */
  public static class Sleutel implements Serializable {
    private UUID verslag;
    private int nummer;

    public Sleutel() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Sleutel s && Objects.equals(verslag, s.verslag) && nummer == s.nummer;
    }

    @Override
    public int hashCode() {
      return Objects.hash(verslag, nummer);
    }
  }

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "verslag_id")
  private Verslag verslag;

  @Id private int nummer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VerslagStatus status;

  @Column(nullable = false)
  private String inhoud;

  @Column(name = "opgesteld_op", nullable = false)
  private Instant opgesteldOp;

  @Column(name = "opgesteld_door", nullable = false)
  private String opgesteldDoor;

  @Column(name = "vastgesteld_op")
  private Instant vastgesteldOp;

  @Column(name = "vastgesteld_door")
  private String vastgesteldDoor;

  protected VerslagVersie() {}

  VerslagVersie(Verslag verslag, int nummer, String inhoud, String door, Instant nu) {
    this.verslag = verslag;
    this.nummer = nummer;
    this.status = VerslagStatus.CONCEPT;
    this.inhoud = inhoud;
    this.opgesteldOp = nu;
    this.opgesteldDoor = door;
  }

  void werkBij(String inhoud, String door, Instant nu) {
    this.inhoud = inhoud;
    this.opgesteldOp = nu;
    this.opgesteldDoor = door;
  }

  void stelVast(String door, Instant nu) {
    this.status = VerslagStatus.VASTGESTELD;
    this.vastgesteldOp = nu;
    this.vastgesteldDoor = door;
  }

  public Verslag verslag() {
    return verslag;
  }

  public int nummer() {
    return nummer;
  }

  public VerslagStatus status() {
    return status;
  }

  public String inhoud() {
    return inhoud;
  }

  public Instant opgesteldOp() {
    return opgesteldOp;
  }

  public String opgesteldDoor() {
    return opgesteldDoor;
  }

  public Optional<Instant> vastgesteldOp() {
    return Optional.ofNullable(vastgesteldOp);
  }

  public Optional<String> vastgesteldDoor() {
    return Optional.ofNullable(vastgesteldDoor);
  }
}
