package nl.wams.inzage.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.security.Caller;
import nl.wams.inzage.domain.Klacht;
import nl.wams.inzage.domain.KlachtAard;
import nl.wams.inzage.domain.Termijn;
import nl.wams.inzage.domain.Toegang;
import nl.wams.inzage.domain.VerzoekSoort;
import nl.wams.inzage.service.Dossiers;
import nl.wams.inzage.service.Kopie;
import nl.wams.inzage.service.RechtenService;
import nl.wams.inzage.service.Verwerkingen;
import org.jboss.logging.Logger;

/**
 * The residents' web pages under {@code /mijn}: server-rendered (Qute), plain Dutch, NL Design
 * System styles, no JavaScript. The resident logs in with the OIDC code flow (tenant {@code mijn});
 * every page reads the same services as the API, with the resident's own access token, so the pages
 * and a portal using the API show the same thing and every read is in the Logboek.
 *
 * <p>Forms post back to the same origin: the session cookie is SameSite=Lax (not sent on a
 * cross-site POST) and a POST whose Origin is another site is refused.
 */
@ApplicationScoped
public class Paginas {

  private static final Logger LOG = Logger.getLogger(Paginas.class);

  private final Engine qute;
  private final Dossiers dossiers;
  private final Verwerkingen verwerkingen;
  private final RechtenService rechten;
  private final Kopie kopie;
  private final PublicUrls urls;
  private final ObjectMapper json;

  Paginas(
      Engine qute,
      Dossiers dossiers,
      Verwerkingen verwerkingen,
      RechtenService rechten,
      Kopie kopie,
      PublicUrls urls,
      ObjectMapper json) {
    this.qute = qute;
    this.dossiers = dossiers;
    this.verwerkingen = verwerkingen;
    this.rechten = rechten;
    this.kopie = kopie;
    this.urls = urls;
    this.json = json;
  }

  void routes(@Observes Router router) {
    router.get("/").handler(ctx -> ctx.redirect("/mijn"));
    router.get("/mijn").blockingHandler(ctx -> pagina(ctx, this::overzicht), false);
    router.get("/mijn/dossiers/:uuid").blockingHandler(ctx -> pagina(ctx, this::dossier), false);
    router.get("/mijn/verwerkingen").blockingHandler(ctx -> pagina(ctx, this::verwerkingen), false);
    router.get("/mijn/verzoeken").blockingHandler(ctx -> pagina(ctx, this::verzoeken), false);
    router.get("/mijn/klachten").blockingHandler(ctx -> pagina(ctx, this::klachten), false);
    router.post("/mijn/verzoeken").handler(BodyHandler.create().setBodyLimit(32 * 1024));
    router.post("/mijn/verzoeken").blockingHandler(ctx -> pagina(ctx, this::nieuwVerzoek), false);
    router.post("/mijn/klachten").handler(BodyHandler.create().setBodyLimit(32 * 1024));
    router.post("/mijn/klachten").blockingHandler(ctx -> pagina(ctx, this::nieuweKlacht), false);
    router.get("/mijn/kopie.json").blockingHandler(ctx -> pagina(ctx, this::kopieJson), false);
    router.get("/mijn/kopie.pdf").blockingHandler(ctx -> pagina(ctx, this::kopiePdf), false);
  }

  /** The signed-in resident and their access token. */
  record Inwoner(Caller caller, String token) {}

  @FunctionalInterface
  interface Handler {
    void handle(RoutingContext ctx, Inwoner inwoner);
  }

  private void pagina(RoutingContext ctx, Handler handler) {
    try {
      Optional<Inwoner> inwoner = inwoner(ctx);
      if (inwoner.isEmpty()) {
        fout(
            ctx,
            403,
            "Geen toegang",
            "Deze pagina's zijn alleen voor inwoners met een Wams-dossier.");
        return;
      }
      if (ctx.request().method().name().equals("POST") && !zelfdeHerkomst(ctx)) {
        fout(ctx, 403, "Geen toegang", "Dit formulier kwam niet van deze website.");
        return;
      }
      handler.handle(ctx, inwoner.get());
    } catch (ProblemException e) {
      int status = e.type().status();
      switch (status) {
        case 404 ->
            fout(ctx, 404, "Niet gevonden", "Deze pagina bestaat niet, of het is niet uw dossier.");
        case 400 ->
            fout(
                ctx,
                400,
                "Dat ging niet goed",
                "Controleer wat u heeft ingevuld en probeer het opnieuw. "
                    + e.invalidParams().stream().map(p -> p.reason()).reduce("", String::concat));
        case 403 -> fout(ctx, 403, "Geen toegang", "Dit mag u niet bekijken.");
        default ->
            fout(
                ctx,
                503,
                "Even niet beschikbaar",
                "Een deel van uw gegevens is nu niet bereikbaar. Probeer het later opnieuw.");
      }
    } catch (RuntimeException e) {
      LOG.errorf("Page %s failed: %s", ctx.normalizedPath(), e.getClass().getName());
      fout(ctx, 500, "Er ging iets mis", "Probeer het later opnieuw.");
    }
  }

  private void overzicht(RoutingContext ctx, Inwoner i) {
    ObjectNode overzicht = dossiers.overzicht(i.token());
    html(
        ctx,
        200,
        "overzicht",
        Map.of("pagina", "overzicht", "procedures", lijst(overzicht.get("procedures"))));
  }

  private void dossier(RoutingContext ctx, Inwoner i) {
    String uuid = ctx.pathParam("uuid");
    try {
      UUID.fromString(uuid);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Geen dossier.");
    }
    html(
        ctx,
        200,
        "dossier",
        Map.of("pagina", "dossier", "dossier", map(dossiers.dossier(i.token(), uuid))));
  }

  private void verwerkingen(RoutingContext ctx, Inwoner i) {
    Verwerkingen.Periode periode =
        Verwerkingen.Periode.van(datum(ctx, "van"), datum(ctx, "tot"), LocalDate.now(Termijn.NL));
    ObjectNode pagina = verwerkingen.pagina(i.token(), i.caller().bsn().get(), periode, 1, 100);
    html(
        ctx,
        200,
        "verwerkingen",
        Map.of(
            "pagina", "verwerkingen",
            "van", periode.van().toString(),
            "tot", periode.tot().toString(),
            "aantal", pagina.path("count").asLong(),
            "verwerkingen", lijst(pagina.get("results"))));
  }

  private void verzoeken(RoutingContext ctx, Inwoner i) {
    List<Object> lijst = new ArrayList<>();
    rechten
        .verzoeken(i.caller(), null, null, 1, 100)
        .items()
        .forEach(
            v ->
                lijst.add(
                    map(
                        json.valueToTree(
                            nl.wams.inzage.api.Weergaven.verzoek(
                                v, urls.of("/verzoeken/" + v.id()), rechten.nu())))));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("pagina", "verzoeken");
    data.put("verzoeken", lijst);
    data.put("soorten", Arrays.stream(VerzoekSoort.values()).map(Enum::name).toList());
    data.put("gemeenten", gemeenten(i));
    bericht(ctx, data, "Uw verzoek is ontvangen. Uw kenmerk is ");
    html(ctx, 200, "verzoeken", data);
  }

  private void klachten(RoutingContext ctx, Inwoner i) {
    List<Object> lijst = new ArrayList<>();
    rechten
        .klachten(i.caller(), null, 1, 100)
        .items()
        .forEach(
            k ->
                lijst.add(
                    map(
                        json.valueToTree(
                            nl.wams.inzage.api.Weergaven.klacht(
                                k, urls.of("/klachten/" + k.id()))))));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("pagina", "klachten");
    data.put("klachten", lijst);
    data.put("aarden", Arrays.stream(KlachtAard.values()).map(Enum::name).toList());
    data.put("gemeenten", gemeenten(i));
    bericht(ctx, data, "Uw klacht is ontvangen. Uw kenmerk is ");
    html(ctx, 200, "klachten", data);
  }

  private void nieuwVerzoek(RoutingContext ctx, Inwoner i) {
    var form = ctx.request().formAttributes();
    VerzoekSoort soort = keuze(VerzoekSoort.class, form.get("soort"), "soort");
    String toelichting = verplicht(form.get("toelichting"), "toelichting", 5000);
    String gemeente = gemeente(form.get("gemeentecode"));
    var verzoek = rechten.dienVerzoekIn(i.caller(), soort, gemeente, null, toelichting);
    ctx.response()
        .setStatusCode(303)
        .putHeader("Location", "/mijn/verzoeken?kenmerk=" + verzoek.kenmerk())
        .end();
  }

  private void nieuweKlacht(RoutingContext ctx, Inwoner i) {
    var form = ctx.request().formAttributes();
    KlachtAard aard = keuze(KlachtAard.class, form.get("aard"), "aard");
    String omschrijving = verplicht(form.get("omschrijving"), "omschrijving", 5000);
    Klacht.Indiener indiener = keuze(Klacht.Indiener.class, form.get("indiener"), "indiener");
    String familielid = form.get("familielid");
    familielid = familielid == null || familielid.isBlank() ? null : familielid;
    if (indiener == Klacht.Indiener.INWONER) {
      familielid = null;
    }
    if (familielid != null && familielid.length() > 200) {
      throw ProblemException.invalid("familielid", "invalid", "De naam is te lang.");
    }
    var klacht =
        rechten.dienKlachtIn(
            i.caller(),
            aard,
            gemeente(form.get("gemeentecode")),
            null,
            omschrijving,
            indiener,
            familielid);
    ctx.response()
        .setStatusCode(303)
        .putHeader("Location", "/mijn/klachten?kenmerk=" + klacht.kenmerk())
        .end();
  }

  private void kopieJson(RoutingContext ctx, Inwoner i) {
    ctx.response()
        .putHeader("Content-Type", "application/json")
        .putHeader("Content-Disposition", "attachment; filename=\"kopie-wams.json\"")
        .end(kopieNode(i).toPrettyString());
  }

  private void kopiePdf(RoutingContext ctx, Inwoner i) {
    byte[] pdf = kopie.pdf(kopieNode(i));
    ctx.response()
        .putHeader("Content-Type", "application/pdf")
        .putHeader("Content-Disposition", "attachment; filename=\"kopie-wams.pdf\"")
        .end(io.vertx.core.buffer.Buffer.buffer(pdf));
  }

  private ObjectNode kopieNode(Inwoner i) {
    return kopie.json(
        i.caller(),
        i.token(),
        v ->
            nl.wams.inzage.api.Weergaven.verzoek(
                (nl.wams.inzage.domain.Verzoek) v,
                urls.of("/verzoeken/" + ((nl.wams.inzage.domain.Verzoek) v).id()),
                rechten.nu()),
        k ->
            nl.wams.inzage.api.Weergaven.klacht(
                (Klacht) k, urls.of("/klachten/" + ((Klacht) k).id())));
  }

  /** The municipalities of the resident's procedures (a request goes to one of them). */
  private List<String> gemeenten(Inwoner i) {
    TreeSet<String> codes = new TreeSet<>();
    try {
      dossiers
          .overzicht(i.token())
          .path("procedures")
          .forEach(p -> codes.add(p.path("gemeentecode").asText()));
    } catch (ProblemException e) {
      // The sources are away: the form still works with a code typed by the municipality's list.
    }
    if (codes.isEmpty()) {
      codes.add("0363");
    }
    return List.copyOf(codes);
  }

  private static void bericht(RoutingContext ctx, Map<String, Object> data, String tekst) {
    String kenmerk = ctx.queryParams().get("kenmerk");
    if (kenmerk != null && kenmerk.matches("[A-Z]{2,3}-\\d{4}-\\d{6}")) {
      data.put("bericht", tekst + kenmerk + ".");
    }
  }

  private Optional<Inwoner> inwoner(RoutingContext ctx) {
    if (!(ctx.user() instanceof QuarkusHttpUser user)) {
      return Optional.empty();
    }
    SecurityIdentity identity = user.getSecurityIdentity();
    AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
    if (access == null) {
      return Optional.empty();
    }
    JsonNode claims = claims(access.getToken());
    Optional<String> bsn =
        claims.hasNonNull("bsn") ? Optional.of(claims.get("bsn").asText()) : Optional.empty();
    Caller caller =
        new Caller(
            identity.getPrincipal().getName(),
            identity.getRoles(),
            Optional.empty(),
            Optional.empty(),
            bsn);
    if (!Toegang.isInwoner(caller)) {
      return Optional.empty();
    }
    return Optional.of(new Inwoner(caller, access.getToken()));
  }

  /** The payload of the access token, which the OIDC tenant verified (verify-access-token). */
  private JsonNode claims(String token) {
    try {
      String[] delen = token.split("\\.");
      return json.readTree(
          new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8));
    } catch (Exception e) {
      return json.createObjectNode();
    }
  }

  private static boolean zelfdeHerkomst(RoutingContext ctx) {
    String origin = ctx.request().getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    String host = ctx.request().getHeader("Host");
    return host != null
        && URI.create(origin).getAuthority() != null
        && URI.create(origin).getAuthority().equalsIgnoreCase(host);
  }

  private void html(RoutingContext ctx, int status, String template, Map<String, Object> data) {
    TemplateInstance pagina = qute.getTemplate(template).instance();
    data.forEach(pagina::data);
    if (!data.containsKey("pagina")) {
      pagina.data("pagina", template);
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .end(pagina.render());
  }

  private void fout(RoutingContext ctx, int status, String titel, String uitleg) {
    html(ctx, status, "fout", Map.of("pagina", "fout", "titel", titel, "uitleg", uitleg));
  }

  private Map<String, Object> map(JsonNode node) {
    return json.convertValue(node, new TypeReference<Map<String, Object>>() {});
  }

  private List<Object> lijst(JsonNode node) {
    return json.convertValue(node, new TypeReference<List<Object>>() {});
  }

  private static LocalDate datum(RoutingContext ctx, String naam) {
    String waarde = ctx.queryParams().get(naam);
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(waarde);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(naam, "invalid", "Vul een datum in.");
    }
  }

  private static <E extends Enum<E>> E keuze(Class<E> type, String waarde, String veld) {
    try {
      return Enum.valueOf(type, waarde);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.invalid(veld, "invalid", "Maak een keuze.");
    }
  }

  private static String verplicht(String waarde, String veld, int max) {
    if (waarde == null || waarde.isBlank()) {
      throw ProblemException.invalid(veld, "required", "Vul dit veld in.");
    }
    if (waarde.length() > max) {
      throw ProblemException.invalid(veld, "invalid", "Dit is te lang.");
    }
    return waarde.strip();
  }

  private static String gemeente(String code) {
    if (code == null || !code.matches("[0-9]{4}")) {
      throw ProblemException.invalid("gemeentecode", "invalid", "Kies een gemeente.");
    }
    return code;
  }
}
