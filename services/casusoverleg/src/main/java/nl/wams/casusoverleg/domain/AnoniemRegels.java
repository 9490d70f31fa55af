package nl.wams.casusoverleg.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An anonymous overleg processes no personal data (003 §2: "Aangezien het hier om een anonieme
 * bespreking gaat is er geen sprake van verwerking van persoonsgegevens"). So it refuses whatever
 * points to a person - never stores it silently:
 *
 * <ul>
 *   <li>a procedure (it identifies the client at onderzoek);
 *   <li>an invitation (the client, their representative or support are persons);
 *   <li>free text with a burgerservicenummer ({@link BsnInTekst});
 *   <li>any field the contract does not know, such as {@code bsn} (refused by the JSON reader for
 *       every request, before these rules run).
 * </ul>
 */
public final class AnoniemRegels {

  public static final String CODE = "anoniem-overleg";
  public static final String BSN_IN_TEKST = "bsn-in-tekst";

  private AnoniemRegels() {}

  /** The free texts of one input (field name to text), checked for a BSN. */
  public static List<Regelovertreding> controleerTeksten(Map<String, String> teksten) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    teksten.forEach(
        (veld, tekst) -> {
          if (BsnInTekst.bevat(tekst)) {
            overtredingen.add(
                new Regelovertreding(
                    veld,
                    BSN_IN_TEKST,
                    "Een anoniem overleg bevat geen persoonsgegevens, en deze tekst bevat een"
                        + " burgerservicenummer. Laat het weg of plan een geïdentificeerd overleg."));
          }
        });
    return overtredingen;
  }

  static Regelovertreding geenProcedure() {
    return new Regelovertreding(
        "procedure",
        CODE,
        "Een anoniem overleg verwijst niet naar een procedure: die wijst naar de cliënt.");
  }

  static Regelovertreding geenUitnodiging() {
    return new Regelovertreding(
        "genodigde",
        CODE,
        "Een anoniem overleg nodigt niemand uit: de cliënt, een vertegenwoordiger of"
            + " cliëntondersteuner zijn personen.");
  }
}
