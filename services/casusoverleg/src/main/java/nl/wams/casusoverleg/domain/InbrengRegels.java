package nl.wams.casusoverleg.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who receives an inbreng (WAMS.md §4 and §9; 000 ch. 2, 'dubbele pet'). The provider always sees
 * its own; any other participant receives it unless
 *
 * <ol>
 *   <li>the provider marked it <b>not for enforcement</b> and the participant has an enforcement
 *       task (UWV, W&amp;I desk, housing corporation, police: data must not be used against the
 *       client);
 *   <li>it is <b>health or criminal data</b>, the participant has an enforcement task, and the
 *       participant's own domain law does not authorise those data ({@link DomeinwetBevoegdheid});
 *   <li>the provider named the only participants who receive it and this one is not among them.
 * </ol>
 *
 * The organiser (the municipality) sees every inbreng. Input rules: the provider and the named
 * participants take part in this overleg, the text is not blank, and 'not for enforcement' cannot
 * name a participant with an enforcement task as the only recipient.
 */
public final class InbrengRegels {

  private InbrengRegels() {}

  /**
   * @param handhavend whether the receiving participant has an enforcement task (as recorded in the
   *     overleg, or from the role of the partner asking)
   */
  public static boolean magOntvangen(Inbreng inbreng, Deelnemer ontvanger, boolean handhavend) {
    if (inbreng.verstrekker().equals(ontvanger.id())) {
      return true;
    }
    if (handhavend && inbreng.nietVoorHandhaving()) {
      return false;
    }
    if (handhavend && !DomeinwetBevoegdheid.staatToe(ontvanger.domein(), inbreng.categorie())) {
      return false;
    }
    return !inbreng.alleenVoor().beperkt() || inbreng.alleenVoor().omvat(ontvanger.id());
  }

  static List<Regelovertreding> controleer(
      InbrengInvoer invoer, List<Deelnemer> deelnemers, boolean anoniem) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    if (zoek(deelnemers, invoer.verstrekker()).isEmpty()) {
      overtredingen.add(
          new Regelovertreding(
              "verstrekker", "onbekend", "De verstrekker is geen deelnemer van dit overleg."));
    }
    if (invoer.inhoud().isBlank()) {
      overtredingen.add(new Regelovertreding("inhoud", "leeg", "De inhoud is leeg."));
    }
    for (UUID ontvanger : invoer.alleenVoor()) {
      Optional<Deelnemer> deelnemer = zoek(deelnemers, ontvanger);
      if (deelnemer.isEmpty()) {
        overtredingen.add(
            new Regelovertreding(
                "voorwaarden.alleenVoor",
                "onbekend",
                "Alleen deelnemers van dit overleg kunnen ontvanger zijn."));
        break;
      }
      if (invoer.nietVoorHandhaving() && deelnemer.get().handhavend()) {
        overtredingen.add(
            new Regelovertreding(
                "voorwaarden.alleenVoor",
                "tegenstrijdig",
                "Inbreng die niet voor handhaving is, kan niet alleen voor een deelnemer met een"
                    + " handhavende taak zijn."));
        break;
      }
    }
    if (anoniem) {
      Map<String, String> teksten = new LinkedHashMap<>();
      teksten.put("inhoud", invoer.inhoud());
      overtredingen.addAll(AnoniemRegels.controleerTeksten(teksten));
    }
    return overtredingen;
  }

  static Optional<Deelnemer> zoek(List<Deelnemer> deelnemers, UUID id) {
    return deelnemers.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
