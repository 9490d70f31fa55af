package nl.wams.verslag.indicatoren;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import nl.wams.verslag.domain.Indicator;

/** What the dashboard page shows: key figures and bar charts, suppression already applied. */
@TemplateData
public record Dashboard(
    String gemeentecode,
    String van,
    String tot,
    int minCelgrootte,
    List<Kengetal> kengetallen,
    List<Grafiek> grafieken) {

  /** One figure in a tile. */
  @TemplateData
  public record Kengetal(String titel, String waarde, boolean onderdrukt) {}

  /** A horizontal bar chart drawn as inline SVG. */
  @TemplateData
  public record Grafiek(String id, String titel, List<Staaf> staven, int hoogte) {}

  /** One bar: its label, value, and where it is drawn (pixels). */
  @TemplateData
  public record Staaf(
      String label,
      String waarde,
      boolean onderdrukt,
      int breedte,
      int rectY,
      int tekstY,
      int waardeX) {

    static Staaf op(int rij, String label, String waarde, boolean onderdrukt, int procent) {
      int breedte = procent * 22 / 10;
      return new Staaf(
          label, waarde, onderdrukt, breedte, rij * 26 + 4, rij * 26 + 16, 176 + breedte);
    }
  }

  private static final Map<String, String> TITELS =
      Map.of(
          "ingang", "Ingang van de procedures",
          "einde-reden", "Reden van beëindiging",
          "klachten", "Klachten naar aard",
          "domeinen-onderzoek", "Domeinen in het onderzoek",
          "domeinen-casusoverleg", "Domeinen in casusoverleggen",
          "organisaties-casusoverleg", "Organisaties in casusoverleggen",
          "clientondersteuning", "Cliëntondersteuning");

  public static Dashboard van(IndicatorenService.Uitkomst u) {
    List<Kengetal> kengetallen =
        List.of(
            kengetal("Procedures gestart", u.totaal("procedures-gestart")),
            kengetal("Procedures beëindigd", u.totaal("procedures-beeindigd")),
            kengetal("Gemiddelde doorlooptijd (dagen)", u.totaal("doorlooptijd-gemiddeld-dagen")),
            kengetal("Mediane doorlooptijd (dagen)", u.totaal("doorlooptijd-mediaan-dagen")),
            kengetal("Herhaalde onderzoeken", u.totaal("herhaalde-onderzoeken")),
            kengetal("Klachten", u.totaal("klachten")));
    List<Grafiek> grafieken =
        List.of(
                "ingang",
                "einde-reden",
                "domeinen-onderzoek",
                "domeinen-casusoverleg",
                "organisaties-casusoverleg",
                "clientondersteuning",
                "klachten")
            .stream()
            .map(indicator -> grafiek(indicator, u))
            .toList();
    return new Dashboard(
        u.gemeentecode(),
        u.van().toString(),
        u.tot().toString(),
        u.minCelgrootte(),
        kengetallen,
        grafieken);
  }

  private static Kengetal kengetal(String titel, Indicator cel) {
    return new Kengetal(titel, tekst(cel), cel.onderdrukt());
  }

  private static Grafiek grafiek(String indicator, IndicatorenService.Uitkomst u) {
    List<Indicator> cellen =
        u.van(indicator).stream().filter(c -> !c.categorie().equals(Indicator.TOTAAL)).toList();
    BigDecimal max =
        cellen.stream()
            .map(Indicator::waarde)
            .filter(w -> w != null)
            .max(BigDecimal::compareTo)
            .filter(w -> w.signum() > 0)
            .orElse(BigDecimal.ONE);
    List<Staaf> staven =
        java.util.stream.IntStream.range(0, cellen.size())
            .mapToObj(
                i -> {
                  Indicator c = cellen.get(i);
                  int breedte =
                      c.waarde() == null
                          ? 0
                          : c.waarde()
                              .multiply(BigDecimal.valueOf(100))
                              .divide(max, 0, RoundingMode.HALF_UP)
                              .intValue();
                  return Staaf.op(i, c.categorie(), tekst(c), c.onderdrukt(), breedte);
                })
            .toList();
    return new Grafiek(
        indicator,
        TITELS.getOrDefault(indicator, indicator),
        staven,
        Math.max(26, staven.size() * 26));
  }

  private static String tekst(Indicator cel) {
    return cel.onderdrukt() ? "onderdrukt" : cel.waarde().stripTrailingZeros().toPlainString();
  }
}
