package nl.wams.inzage.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.wams.commons.problem.ProblemException;
import nl.wams.inzage.client.Bronnen;

/**
 * The resident's dossier, composed on every request from the sources (nothing is kept): the
 * procedure at onderzoek (restricted items already withheld there), the aanpak with its coordinator
 * and plan at coordinatie, the overleggen and agreements at casusoverleg. Only what the inzage
 * contract names is taken over.
 */
@ApplicationScoped
public class Dossiers {

  private final Bronnen bronnen;
  private final ObjectMapper json;

  Dossiers(Bronnen bronnen, ObjectMapper json) {
    this.bronnen = bronnen;
    this.json = json;
  }

  public ObjectNode overzicht(String token) {
    ObjectNode overzicht = json.createObjectNode();
    ArrayNode procedures = overzicht.putArray("procedures");
    for (JsonNode p : bronnen.procedures(token).path("results")) {
      ObjectNode s = procedures.addObject();
      kopieer(p, s, "uuid", "gemeentecode", "status", "gestartOp");
    }
    return overzicht;
  }

  /** 404 when the procedure is not the resident's: nothing about it is told. */
  public ObjectNode dossier(String token, String uuid) {
    JsonNode procedure =
        bronnen
            .procedure(token, uuid)
            .orElseThrow(() -> ProblemException.notFound("Er is geen dossier met deze uuid."));
    String url = procedure.path("url").asText();
    CompletableFuture<Optional<JsonNode>> aanpakken = bronnen.aanpakken(token, url);
    CompletableFuture<Optional<JsonNode>> overleggen = bronnen.overleggen(token, url);

    ObjectNode dossier = json.createObjectNode();
    dossier.set("procedure", procedure(procedure));
    JsonNode aanpak = Bronnen.wacht(aanpakken).map(a -> a.path("results").path(0)).orElse(null);
    String fase = fase(procedure, aanpak);
    dossier.put("fase", fase);
    if (aanpak != null && !aanpak.isMissingNode()) {
      dossier.set("aanpak", aanpak(token, aanpak));
    }
    ArrayNode lijst = dossier.putArray("overleggen");
    Bronnen.wacht(overleggen)
        .ifPresent(o -> o.path("results").forEach(overleg -> lijst.add(overleg(overleg))));
    return dossier;
  }

  static String fase(JsonNode procedure, JsonNode aanpak) {
    if (aanpak != null && !aanpak.isMissingNode()) {
      String status = aanpak.path("status").asText();
      if (status.equals("ACTIEF")) {
        return "AANPAK";
      }
      if (status.equals("BEEINDIGD")) {
        return "BEEINDIGD";
      }
    }
    return procedure.path("status").asText().equals("ONDERZOEK") ? "ONDERZOEK" : "CONCLUSIE";
  }

  private ObjectNode procedure(JsonNode p) {
    ObjectNode d = json.createObjectNode();
    kopieer(p, d, "uuid", "gemeentecode", "status", "gestartOp", "onderzoeker");
    d.put("ingang", p.path("ingang").path("soort").asText());
    if (p.has("reikwijdte")) {
      ObjectNode r = d.putObject("reikwijdte");
      kopieer(
          p.get("reikwijdte"), r, "leefgebieden", "verbreding", "motiveringErnstigeProblematiek");
    }
    ArrayNode problemen = d.putArray("problemen");
    p.path("problemen")
        .forEach(x -> kopieer(x, problemen.addObject(), "leefgebied", "domein", "omschrijving"));
    ArrayNode interventies = d.putArray("interventies");
    p.path("interventies")
        .forEach(
            x ->
                kopieer(
                    x,
                    interventies.addObject(),
                    "domein",
                    "omschrijving",
                    "aanbieder",
                    "lopend",
                    "vanaf",
                    "tot"));
    ArrayNode verzoeken = d.putArray("gegevensverzoeken");
    p.path("gegevensverzoeken")
        .forEach(
            x -> {
              ObjectNode v = verzoeken.addObject();
              kopieer(
                  x,
                  v,
                  "partij",
                  "doel",
                  "categorieen",
                  "grondslag",
                  "verzondenOp",
                  "uiterlijkOp",
                  "beantwoordOp");
              JsonNode antwoord = x.path("antwoord");
              if (antwoord.has("uitkomst")) {
                v.put("antwoord", antwoord.get("uitkomst").asText());
                kopieer(antwoord, v, "verstrekt", "weigeringsgrond");
              }
            });
    ArrayNode beperkt = d.putArray("beperkteOnderdelen");
    p.path("beperkteOnderdelen").forEach(x -> kopieer(x, beperkt.addObject(), "soort", "grond"));
    if (p.has("conclusie")) {
      kopieer(
          p.get("conclusie"),
          d.putObject("conclusie"),
          "uitkomst",
          "motivering",
          "vastgesteldOp",
          "clientondersteuningAangeboden");
    }
    return d;
  }

  private ObjectNode aanpak(String token, JsonNode a) {
    ObjectNode d = json.createObjectNode();
    kopieer(a, d, "status", "volgendeEvaluatieOp");
    JsonNode aanstelling = a.path("aanstelling");
    if (aanstelling.has("intensiteit")) {
      d.put("intensiteit", aanstelling.get("intensiteit").asText());
    }
    if (aanstelling.has("coordinator")) {
      bronnen
          .volg(token, aanstelling.get("coordinator").asText())
          .ifPresent(
              c -> {
                ObjectNode co = d.putObject("coordinator");
                kopieer(c, co, "naam", "email", "telefoon");
                if (c.path("organisatie").has("naam")) {
                  co.put("organisatie", c.path("organisatie").get("naam").asText());
                }
              });
    }
    JsonNode plan = a.path("plan");
    ArrayNode doelen = d.putArray("doelen");
    plan.path("doelen").forEach(x -> doelen.add(x.path("omschrijving").asText()));
    ArrayNode acties = d.putArray("acties");
    plan.path("acties")
        .forEach(
            x -> kopieer(x, acties.addObject(), "omschrijving", "partij", "deadline", "status"));
    kopieer(plan, d, "einddatum");
    JsonNode einde = a.path("beeindiging");
    if (einde.has("datum")) {
      d.put("beeindigdOp", einde.get("datum").asText());
      d.put("beeindigingReden", einde.path("reden").asText());
    }
    return d;
  }

  private ObjectNode overleg(JsonNode o) {
    ObjectNode d = json.createObjectNode();
    kopieer(o, d, "onderwerp", "fase", "geplandOp", "gehoudenOp", "status");
    ArrayNode deelnemers = d.putArray("deelnemers");
    java.util.Map<String, String> organisaties = new java.util.HashMap<>();
    o.path("deelnemers")
        .forEach(
            x -> {
              kopieer(x, deelnemers.addObject(), "organisatie", "noodzaak");
              organisaties.put(x.path("id").asText(), x.path("organisatie").asText());
            });
    ArrayNode afspraken = d.putArray("afspraken");
    o.path("afspraken")
        .forEach(
            x -> {
              ObjectNode a = afspraken.addObject();
              kopieer(x, a, "omschrijving", "deadline");
              String partij = organisaties.get(x.path("partij").asText());
              if (partij != null) {
                a.put("partij", partij);
              }
            });
    return d;
  }

  private static void kopieer(JsonNode van, ObjectNode naar, String... velden) {
    for (String veld : velden) {
      JsonNode waarde = van.get(veld);
      if (waarde != null && !waarde.isNull()) {
        naar.set(veld, waarde.deepCopy());
      }
    }
  }
}
