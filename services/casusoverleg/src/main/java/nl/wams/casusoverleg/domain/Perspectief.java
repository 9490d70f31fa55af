package nl.wams.casusoverleg.domain;

import java.util.UUID;

/**
 * Whose eyes an overleg is seen through: the organiser's (everything), one participant's (what it
 * may receive, see {@link InbrengRegels}), the resident's it is about (the overleg, its
 * participants and every agreement, none of the parties' inbreng), or nobody's.
 *
 * @param deelnemer the participant, for a participant's view
 * @param handhavend whether that participant counts as having an enforcement task
 * @param betrokkene the resident the overleg is about (confirmed by onderzoek with their token)
 */
public record Perspectief(
    boolean organisator, Deelnemer deelnemer, boolean handhavend, boolean betrokkene) {

  public static final Perspectief ORGANISATOR = new Perspectief(true, null, false, false);
  public static final Perspectief GEEN = new Perspectief(false, null, false, false);
  public static final Perspectief BETROKKENE = new Perspectief(false, null, false, true);

  public static Perspectief deelnemer(Deelnemer deelnemer, boolean handhavend) {
    return new Perspectief(false, deelnemer, handhavend, false);
  }

  public boolean magInzien() {
    return organisator || deelnemer != null || betrokkene;
  }

  public boolean isDeelnemer(UUID id) {
    return deelnemer != null && deelnemer.id().equals(id);
  }

  public boolean ontvangt(Inbreng inbreng) {
    return organisator
        || (deelnemer != null && InbrengRegels.magOntvangen(inbreng, deelnemer, handhavend));
  }
}
