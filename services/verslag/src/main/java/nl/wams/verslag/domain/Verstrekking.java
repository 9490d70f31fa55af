package nl.wams.verslag.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record that a participant received its part of an adopted version: who, when, by whom. */
@Entity
@Table(name = "verstrekking")
public class Verstrekking {

  @Id private UUID id;

  @Column(name = "verslag_id", nullable = false)
  private UUID verslag;

  @Column(nullable = false)
  private int versie;

  @Column(nullable = false)
  private UUID deelnemer;

  @Column(nullable = false)
  private String organisatie;

  @Column(name = "verstrekt_op", nullable = false)
  private Instant verstrektOp;

  @Column(name = "verstrekt_door", nullable = false)
  private String verstrektDoor;

  protected Verstrekking() {}

  public Verstrekking(
      UUID verslag,
      int versie,
      Momentopname.Deelnemer deelnemer,
      String verstrektDoor,
      Instant verstrektOp) {
    this.id = UUID.randomUUID();
    this.verslag = verslag;
    this.versie = versie;
    this.deelnemer = deelnemer.id();
    this.organisatie = deelnemer.organisatie();
    this.verstrektOp = verstrektOp;
    this.verstrektDoor = verstrektDoor;
  }

  public UUID id() {
    return id;
  }

  public UUID verslag() {
    return verslag;
  }

  public int versie() {
    return versie;
  }

  public UUID deelnemer() {
    return deelnemer;
  }

  public String organisatie() {
    return organisatie;
  }

  public Instant verstrektOp() {
    return verstrektOp;
  }

  public String verstrektDoor() {
    return verstrektDoor;
  }
}
