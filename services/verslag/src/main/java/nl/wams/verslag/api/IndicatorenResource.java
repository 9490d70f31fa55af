package nl.wams.verslag.api;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.verslag.contract.IndicatorenApi;
import nl.wams.verslag.contract.model.Cel;
import nl.wams.verslag.contract.model.Indicatoren;
import nl.wams.verslag.domain.Indicator;
import nl.wams.verslag.indicatoren.Dashboard;
import nl.wams.verslag.indicatoren.IndicatorenService;

/** The indicators as JSON, CSV or a dashboard page; always suppressed the same way. */
@RolesAllowed("**")
public class IndicatorenResource implements IndicatorenApi {

  static final MediaType CSV = new MediaType("text", "csv");

  private final IndicatorenService service;
  private final CurrentCaller caller;
  private final Template dashboard;

  @Context HttpHeaders headers;

  IndicatorenResource(
      IndicatorenService service, CurrentCaller caller, @Location("dashboard") Template dashboard) {
    this.service = service;
    this.caller = caller;
    this.dashboard = dashboard;
  }

  @Override
  public Response getIndicatoren(String gemeentecode, LocalDate van, LocalDate tot) {
    boolean alsCsv = Formaat.wil(headers, CSV);
    IndicatorenService.Uitkomst uitkomst = service.bereken(caller.get(), gemeentecode, van, tot);
    if (alsCsv) {
      return Response.ok(csv(uitkomst), new MediaType("text", "csv", "UTF-8"))
          .header(
              "Content-Disposition",
              "attachment; filename=\"indicatoren-%s-%s-%s.csv\""
                  .formatted(uitkomst.gemeentecode(), uitkomst.van(), uitkomst.tot()))
          .build();
    }
    return Response.ok(
            new Indicatoren()
                .gemeentecode(uitkomst.gemeentecode())
                .van(uitkomst.van())
                .tot(uitkomst.tot())
                .minCelgrootte(uitkomst.minCelgrootte())
                .cellen(
                    uitkomst.cellen().stream()
                        .map(
                            c ->
                                new Cel()
                                    .indicator(c.indicator())
                                    .categorie(c.categorie())
                                    .waarde(c.waarde())
                                    .onderdrukt(c.onderdrukt()))
                        .toList()),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @Override
  public Response getIndicatorenDashboard(String gemeentecode, LocalDate van, LocalDate tot) {
    IndicatorenService.Uitkomst uitkomst = service.bereken(caller.get(), gemeentecode, van, tot);
    String html = dashboard.data("d", Dashboard.van(uitkomst)).render();
    return Response.ok(html, new MediaType("text", "html", "UTF-8")).build();
  }

  /** RFC 4180: comma-separated, quoted where needed, CRLF line ends. */
  static String csv(IndicatorenService.Uitkomst uitkomst) {
    String kop = "gemeentecode,van,tot,indicator,categorie,waarde,onderdrukt\r\n";
    return kop
        + uitkomst.cellen().stream()
            .map(
                c ->
                    String.join(
                            ",",
                            uitkomst.gemeentecode(),
                            uitkomst.van().toString(),
                            uitkomst.tot().toString(),
                            veld(c.indicator()),
                            veld(c.categorie()),
                            waarde(c),
                            String.valueOf(c.onderdrukt()))
                        + "\r\n")
            .collect(Collectors.joining());
  }

  private static String waarde(Indicator c) {
    return c.waarde() == null ? "" : c.waarde().toPlainString();
  }

  private static String veld(String tekst) {
    boolean quote =
        tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r");
    // A leading =, +, - or @ would be a formula in a spreadsheet: neutralise it.
    String veilig = tekst.matches("^[=+\\-@].*") ? "'" + tekst : tekst;
    return quote || !veilig.equals(tekst) ? "\"" + veilig.replace("\"", "\"\"") + "\"" : tekst;
  }
}
