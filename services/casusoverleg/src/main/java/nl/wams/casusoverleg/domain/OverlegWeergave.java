package nl.wams.casusoverleg.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An overleg as one caller may see it - the only thing responses are built from, so that every
 * answer (the overleg, its inbreng, its requests; single or in a list) applies the same rules. The
 * organiser sees all. A participant sees
 *
 * <ul>
 *   <li>the inbreng it receives ({@link InbrengRegels});
 *   <li>the agreements it is the party of (the verslag is shared per participant, WAMS.md §4);
 *   <li>the requests it made or answers as provider, about inbreng it receives;
 *   <li>the participants without the necessity of the others' participation, and the invitations
 *       without names.
 * </ul>
 *
 * The resident the overleg is about sees the participants with why each takes part, the invitations
 * without names and every agreement (the agreements concern them); not the parties' inbreng nor the
 * requests about it.
 */
public record OverlegWeergave(Overleg overleg, Perspectief perspectief) {

  public List<Deelnemer> deelnemers() {
    return overleg.deelnemers().stream()
        .map(
            d ->
                perspectief.organisator()
                        || perspectief.betrokkene()
                        || perspectief.isDeelnemer(d.id())
                    ? d
                    : d.zonderNoodzaak())
        .toList();
  }

  public List<Uitnodiging> uitnodigingen() {
    return overleg.uitnodigingen().stream()
        .map(u -> perspectief.organisator() ? u : u.zonderNaam())
        .toList();
  }

  public List<Inbreng> inbreng() {
    return overleg.inbreng().stream().filter(perspectief::ontvangt).toList();
  }

  public Optional<Inbreng> inbreng(UUID id) {
    return inbreng().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public List<Afspraak> afspraken() {
    return overleg.afspraken().stream()
        .filter(
            a ->
                perspectief.organisator()
                    || perspectief.betrokkene()
                    || perspectief.isDeelnemer(a.partij()))
        .toList();
  }

  public List<Verzoek> verzoeken() {
    return overleg.verzoeken().stream().filter(this::ziet).toList();
  }

  public Optional<Verzoek> verzoek(UUID id) {
    return verzoeken().stream().filter(v -> v.id().equals(id)).findFirst();
  }

  private boolean ziet(Verzoek verzoek) {
    if (perspectief.organisator()) {
      return true;
    }
    Optional<Inbreng> inbreng = inbreng(verzoek.inbreng());
    return inbreng.isPresent()
        && (perspectief.isDeelnemer(verzoek.verzoeker())
            || perspectief.isDeelnemer(inbreng.get().verstrekker()));
  }
}
