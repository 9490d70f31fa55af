package nl.wams.casusoverleg.domain;

import java.util.List;
import java.util.Optional;

/**
 * Further processing of data from the overleg outside it (003, first page; 000 ch. 4 §2: the
 * conditions are cumulative). A participant may process an inbreng further only if
 *
 * <ol>
 *   <li>it is <b>necessary for its own task</b> - motivated by the requester, judged by the
 *       organiser (the college stays verwerkingsverantwoordelijke);
 *   <li><b>the provider consents</b>;
 *   <li>for {@code gezondheid} or {@code strafrechtelijk} data, <b>its own domain law authorises
 *       it</b> ({@link DomeinwetBevoegdheid}).
 * </ol>
 *
 * One failing condition refuses the request at once; it is granted only when all hold; until then
 * it stays open. Every outcome names which conditions held, failed or are still open.
 */
public final class VerdereVerwerkingRegel {

  private VerdereVerwerkingRegel() {}

  /** The decision and its grounds. */
  public record Beslissing(
      Besluituitkomst uitkomst,
      Vervulling noodzaak,
      Vervulling instemming,
      Vervulling domeinwet,
      String domeinwetToelichting) {}

  /**
   * @param noodzakelijk the organiser's judgement, empty while not given
   * @param instemming the provider's answer, empty while not given
   */
  public static Beslissing beslis(
      Optional<Boolean> noodzakelijk,
      Optional<Boolean> instemming,
      Gegevenscategorie categorie,
      Domein domeinVerzoeker) {
    Vervulling noodzaak = vervulling(noodzakelijk);
    Vervulling toestemming = vervulling(instemming);
    Vervulling domeinwet;
    String toelichting;
    if (!categorie.bijzonder()) {
      domeinwet = Vervulling.NIET_VAN_TOEPASSING;
      toelichting =
          "Gegevens van de categorie "
              + naam(categorie)
              + " zijn geen bijzondere categorie; de domeinwet hoeft dit niet toe te staan.";
    } else if (DomeinwetBevoegdheid.staatToe(domeinVerzoeker, categorie)) {
      domeinwet = Vervulling.VERVULD;
      toelichting =
          "De domeinwet van de verzoeker ("
              + domeinVerzoeker
              + ") staat verwerking van "
              + naam(categorie)
              + " toe.";
    } else {
      domeinwet = Vervulling.NIET_VERVULD;
      toelichting =
          "De domeinwet van de verzoeker ("
              + domeinVerzoeker
              + ") staat verwerking van "
              + naam(categorie)
              + " buiten het overleg niet toe.";
    }
    return new Beslissing(
        uitkomst(List.of(noodzaak, toestemming, domeinwet)),
        noodzaak,
        toestemming,
        domeinwet,
        toelichting);
  }

  private static Besluituitkomst uitkomst(List<Vervulling> voorwaarden) {
    if (voorwaarden.contains(Vervulling.NIET_VERVULD)) {
      return Besluituitkomst.GEWEIGERD;
    }
    if (voorwaarden.contains(Vervulling.OPEN)) {
      return Besluituitkomst.OPEN;
    }
    return Besluituitkomst.TOEGESTAAN;
  }

  private static Vervulling vervulling(Optional<Boolean> antwoord) {
    return antwoord
        .map(ja -> ja ? Vervulling.VERVULD : Vervulling.NIET_VERVULD)
        .orElse(Vervulling.OPEN);
  }

  private static String naam(Gegevenscategorie categorie) {
    return categorie.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
