package nl.wams.onderzoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A restriction of the client's inzage in one item of the dossier: the ground, the recorded reason,
 * who and when. The client sees that the item is withheld and on which ground, never the item or
 * the reason.
 */
@Embeddable
public class InzageBeperking {

  @Enumerated(EnumType.STRING)
  @Column(name = "inzage_beperking_grond")
  private InzageBeperkingGrond grond;

  @Column(name = "inzage_beperking_reden")
  private String reden;

  @Column(name = "inzage_beperking_op")
  private Instant vastgelegdOp;

  @Column(name = "inzage_beperking_door")
  private String vastgelegdDoor;

  protected InzageBeperking() {}

  /** A reason is required: a restriction is an exception that must be accountable. */
  public static InzageBeperking van(
      InzageBeperkingGrond grond, String reden, String door, Instant op) {
    if (grond == null) {
      throw new Regelschending("grond", "required", "Kies de grond van de beperking.");
    }
    if (reden == null || reden.isBlank()) {
      throw new Regelschending(
          "reden", "required", "Een beperking van de inzage vraagt een vastgelegde reden.");
    }
    InzageBeperking beperking = new InzageBeperking();
    beperking.grond = grond;
    beperking.reden = reden.strip();
    beperking.vastgelegdDoor = door;
    beperking.vastgelegdOp = op;
    return beperking;
  }

  public InzageBeperkingGrond grond() {
    return grond;
  }

  public String reden() {
    return reden;
  }

  public Instant vastgelegdOp() {
    return vastgelegdOp;
  }

  public String vastgelegdDoor() {
    return vastgelegdDoor;
  }
}
