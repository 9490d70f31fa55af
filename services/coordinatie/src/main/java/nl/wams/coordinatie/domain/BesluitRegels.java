package nl.wams.coordinatie.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision on the coordinated approach (table 4.1 step 3, WAMS.md §3):
 *
 * <ul>
 *   <li>when coordination is <b>mandatory</b> the municipality must appoint a coordinator: the
 *       decision cannot be completed without one, unless the client coordinates themselves;
 *   <li>not coordinating is only possible when coordination is optional, and is motivated;
 *   <li>the client coordinates themselves only when the conclusion found that responsible, and then
 *       no coordinator is appointed;
 *   <li>a coordinated approach that starts has an end date or a next evaluation date ({@link
 *       PlanRegels#eindeOfEvaluatieGepland}).
 * </ul>
 */
public final class BesluitRegels {

  private BesluitRegels() {}

  public static List<Regelovertreding> controleer(
      Coordinatieplicht plicht,
      boolean clientMagZelfCoordineren,
      boolean coordinatorAangesteld,
      LocalDate einddatum,
      List<Evaluatiemoment> evaluatiemomenten,
      BesluitSoort soort,
      String motivering) {
    List<Regelovertreding> fouten = new ArrayList<>();
    switch (soort) {
      case GECOORDINEERDE_AANPAK -> {
        if (!coordinatorAangesteld) {
          fouten.add(
              new Regelovertreding(
                  "soort",
                  "coordinator-verplicht",
                  plicht == Coordinatieplicht.VERPLICHT
                      ? "Coördinatie is verplicht: stel eerst een coördinator aan, of leg vast dat"
                          + " de cliënt zelf coördineert (als de conclusie dat zegt)."
                      : "Een gecoördineerde aanpak heeft een coördinator; stel die eerst aan."));
        }
        eindeOfEvaluatie(einddatum, evaluatiemomenten, fouten);
      }
      case GEEN_COORDINATIE -> {
        if (plicht == Coordinatieplicht.VERPLICHT) {
          fouten.add(
              new Regelovertreding(
                  "soort",
                  "coordinatie-verplicht",
                  "Coördinatie is verplicht (problemen onder twee of meer sociaal-domeinwetten):"
                      + " de gemeente stelt een coördinator aan, tenzij de cliënt zelf"
                      + " coördineert."));
        }
        if (motivering == null) {
          fouten.add(
              new Regelovertreding(
                  "motivering", "required", "Motiveer waarom de gemeente niet coördineert."));
        }
      }
      case CLIENT_COORDINEERT_ZELF -> {
        if (!clientMagZelfCoordineren) {
          fouten.add(
              new Regelovertreding(
                  "soort",
                  "client-coordineert-niet-zelf",
                  "Volgens de conclusie van het onderzoek coördineert de cliënt niet zelf."));
        }
        if (coordinatorAangesteld) {
          fouten.add(
              new Regelovertreding(
                  "soort",
                  "coordinator-aangesteld",
                  "Er is een coördinator aangesteld; dan coördineert de cliënt niet zelf."));
        }
        eindeOfEvaluatie(einddatum, evaluatiemomenten, fouten);
      }
    }
    return fouten;
  }

  private static void eindeOfEvaluatie(
      LocalDate einddatum, List<Evaluatiemoment> evaluaties, List<Regelovertreding> fouten) {
    if (!PlanRegels.eindeOfEvaluatieGepland(einddatum, evaluaties)) {
      fouten.add(PlanRegels.eindeOfEvaluatieOntbreekt("soort"));
    }
  }
}
