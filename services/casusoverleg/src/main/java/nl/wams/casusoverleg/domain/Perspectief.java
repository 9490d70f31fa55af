package nl.wams.casusoverleg.domain;

import java.util.UUID;

/**
 * Whose eyes an overleg is seen through: the organiser's (everything), one participant's (what it
 * may receive, see {@link InbrengRegels}), or nobody's.
 *
 * @param deelnemer the participant, for a participant's view
 * @param handhavend whether that participant counts as having an enforcement task
 */
public record Perspectief(boolean organisator, Deelnemer deelnemer, boolean handhavend) {

  public static final Perspectief ORGANISATOR = new Perspectief(true, null, false);
  public static final Perspectief GEEN = new Perspectief(false, null, false);

  public static Perspectief deelnemer(Deelnemer deelnemer, boolean handhavend) {
    return new Perspectief(false, deelnemer, handhavend);
  }

  public boolean magInzien() {
    return organisator || deelnemer != null;
  }

  public boolean isDeelnemer(UUID id) {
    return deelnemer != null && deelnemer.id().equals(id);
  }

  public boolean ontvangt(Inbreng inbreng) {
    return organisator
        || (deelnemer != null && InbrengRegels.magOntvangen(inbreng, deelnemer, handhavend));
  }
}
