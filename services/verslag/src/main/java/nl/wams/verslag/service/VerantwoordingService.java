package nl.wams.verslag.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.verslag.contract.model.Verantwoording;
import nl.wams.verslag.contract.model.VerantwoordingGrond;
import nl.wams.verslag.contract.model.VerantwoordingRegel;
import nl.wams.verslag.contract.model.VerantwoordingSoort;
import nl.wams.verslag.contract.model.VerantwoordingUitkomst;
import nl.wams.verslag.domain.Toegang;
import nl.wams.verslag.domain.Verstrekking;

/**
 * The accountability report of a procedure (issue 4): who shared which categories of data with
 * whom, when, why and with what outcome - from onderzoek's gegevensverzoeken, casusoverleg's
 * inbreng and further-processing requests, and verslag's own distributions. Never the content: of
 * the sources' answers only these facts are copied; the rest is dropped with the response.
 */
@ApplicationScoped
public class VerantwoordingService {

  private final Verantwoordingsbronnen bronnen;
  private final Overleggen overleggen;
  private final EntityManager em;
  private final Clock clock;
  private final Betrokkenen betrokkenen;

  VerantwoordingService(
      Verantwoordingsbronnen bronnen,
      Overleggen overleggen,
      EntityManager em,
      Clock clock,
      Betrokkenen betrokkenen) {
    this.bronnen = bronnen;
    this.overleggen = overleggen;
    this.em = em;
    this.clock = clock;
    this.betrokkenen = betrokkenen;
  }

  public Verantwoording stelOp(UUID procedureId, Caller caller) {
    if (!Toegang.toezichthouder(caller)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Alleen de FG of de accountant van de gemeente leest dit.");
    }
    JsonNode procedure = bronnen.procedure(procedureId);
    String gemeentecode = procedure.path("gemeentecode").asText(null);
    if (gemeentecode == null || !Toegang.magVerantwoordingLezen(caller, gemeentecode)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Deze procedure hoort niet bij uw gemeente.");
    }
    // The report is about the procedure's people (who received their data): name them for the
    // Logboek, from the dossier just read (its betrokkene and household members), never copied.
    betrokkenen.noem(Betrokkenen.inJson(procedure.toString()));
    URI procedureUrl = bronnen.procedureUrl(procedureId);
    String gemeente = "gemeente " + gemeentecode;
    List<VerantwoordingRegel> regels = new ArrayList<>();
    for (JsonNode verzoek : procedure.path("gegevensverzoeken")) {
      regels.add(gegevensverzoek(verzoek, procedureUrl, gemeente));
    }
    for (JsonNode overleg : bronnen.overleggen(procedureUrl)) {
      overleg(overleg, gemeente, regels);
    }
    regels.sort(
        Comparator.comparing(VerantwoordingRegel::getMoment)
            .thenComparing(r -> r.getSoort().ordinal()));
    return new Verantwoording()
        .procedure(procedureUrl)
        .gemeentecode(gemeentecode)
        .opgesteldOp(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .regels(regels);
  }

  private static VerantwoordingRegel gegevensverzoek(
      JsonNode verzoek, URI procedure, String gemeente) {
    JsonNode antwoord = verzoek.path("antwoord");
    VerantwoordingUitkomst uitkomst =
        switch (antwoord.path("uitkomst").asText("")) {
          case "VERSTREKT" -> VerantwoordingUitkomst.VERSTREKT;
          case "GEWEIGERD" -> VerantwoordingUitkomst.GEWEIGERD;
          default -> VerantwoordingUitkomst.OPEN;
        };
    return new VerantwoordingRegel()
        .soort(VerantwoordingSoort.GEGEVENSVERZOEK)
        .moment(tijd(verzoek.path("verzondenOp")))
        .bron(procedure)
        .verstrekker(verzoek.path("partij").asText())
        .ontvangers(List.of(gemeente))
        .categorieen(teksten(verzoek.path("categorieen")))
        .doel(tekst(verzoek.path("doel")))
        .grondslag(tekst(verzoek.path("grondslag")))
        .uitkomst(uitkomst)
        .weigeringsgrond(tekst(antwoord.path("weigeringsgrond")))
        .uiterlijkOp(
            verzoek.hasNonNull("uiterlijkOp")
                ? LocalDate.parse(verzoek.path("uiterlijkOp").asText())
                : null)
        .afgerondOp(tijd(verzoek.path("beantwoordOp")));
  }

  private void overleg(JsonNode overleg, String gemeente, List<VerantwoordingRegel> regels) {
    URI url = overleggen.canoniek(URI.create(overleg.path("url").asText()));
    UUID id = UUID.fromString(overleg.path("uuid").asText());
    OffsetDateTime overlegOp =
        tijd(
            overleg.hasNonNull("gehoudenOp")
                ? overleg.path("gehoudenOp")
                : overleg.path("geplandOp"));
    Map<String, JsonNode> deelnemers = new HashMap<>();
    overleg.path("deelnemers").forEach(d -> deelnemers.put(d.path("id").asText(), d));
    Map<String, JsonNode> inbreng = new HashMap<>();
    for (JsonNode i : overleg.path("inbreng")) {
      inbreng.put(i.path("id").asText(), i);
      regels.add(inbreng(i, deelnemers, url, overlegOp));
    }
    for (JsonNode verzoek : bronnen.verzoeken(id)) {
      regels.add(verdereVerwerking(verzoek, inbreng, deelnemers, url, overlegOp));
    }
    for (Verstrekking v : verstrekkingen(url)) {
      regels.add(
          new VerantwoordingRegel()
              .soort(VerantwoordingSoort.VERSLAGDEEL)
              .moment(v.verstrektOp().atOffset(ZoneOffset.UTC))
              .bron(url)
              .verstrekker(gemeente)
              .ontvangers(List.of(v.organisatie()))
              .categorieen(List.of("deelnemers", "afspraken"))
              .uitkomst(VerantwoordingUitkomst.VERSTREKT)
              .versie(v.versie())
              .overlegOp(overlegOp));
    }
  }

  private static VerantwoordingRegel inbreng(
      JsonNode inbreng, Map<String, JsonNode> deelnemers, URI overleg, OffsetDateTime overlegOp) {
    String verstrekker = inbreng.path("verstrekker").asText();
    JsonNode voorwaarden = inbreng.path("voorwaarden");
    Set<String> alleenVoor =
        teksten(voorwaarden.path("alleenVoor")).stream().collect(Collectors.toSet());
    boolean nietVoorHandhaving = voorwaarden.path("nietVoorHandhaving").asBoolean(false);
    List<String> ontvangers =
        deelnemers.values().stream()
            .filter(d -> !d.path("id").asText().equals(verstrekker))
            .filter(d -> alleenVoor.isEmpty() || alleenVoor.contains(d.path("id").asText()))
            .filter(d -> !nietVoorHandhaving || !d.path("handhavend").asBoolean(false))
            .map(d -> d.path("organisatie").asText())
            .sorted()
            .toList();
    List<String> soorten = new ArrayList<>();
    if (voorwaarden.path("nietVerderVerstrekken").asBoolean(false)) {
      soorten.add("NIET_VERDER_VERSTREKKEN");
    }
    if (nietVoorHandhaving) {
      soorten.add("NIET_VOOR_HANDHAVING");
    }
    if (!alleenVoor.isEmpty()) {
      soorten.add("ALLEEN_VOOR");
    }
    return new VerantwoordingRegel()
        .soort(VerantwoordingSoort.INBRENG)
        .moment(tijd(inbreng.path("ingebrachtOp")))
        .bron(overleg)
        .verstrekker(organisatie(deelnemers, verstrekker))
        .ontvangers(ontvangers)
        .categorieen(List.of(inbreng.path("categorie").asText()))
        .uitkomst(VerantwoordingUitkomst.INGEBRACHT)
        .voorwaarden(soorten)
        .overlegOp(overlegOp);
  }

  private static VerantwoordingRegel verdereVerwerking(
      JsonNode verzoek,
      Map<String, JsonNode> inbreng,
      Map<String, JsonNode> deelnemers,
      URI overleg,
      OffsetDateTime overlegOp) {
    JsonNode besluit = verzoek.path("besluit");
    VerantwoordingUitkomst uitkomst =
        switch (besluit.path("uitkomst").asText("")) {
          case "TOEGESTAAN" -> VerantwoordingUitkomst.TOEGESTAAN;
          case "GEWEIGERD" -> VerantwoordingUitkomst.GEWEIGERD;
          default -> VerantwoordingUitkomst.OPEN;
        };
    List<VerantwoordingGrond> gronden = new ArrayList<>();
    besluit
        .path("gronden")
        .forEach(
            g ->
                gronden.add(
                    new VerantwoordingGrond()
                        .voorwaarde(g.path("voorwaarde").asText())
                        .vervulling(g.path("vervulling").asText())));
    String bronInbreng = verzoek.path("inbreng").asText();
    String verstrekker = inbreng.getOrDefault(bronInbreng, verzoek).path("verstrekker").asText();
    return new VerantwoordingRegel()
        .soort(VerantwoordingSoort.VERDERE_VERWERKING)
        .moment(tijd(verzoek.path("ingediendOp")))
        .bron(overleg)
        .verstrekker(organisatie(deelnemers, verstrekker))
        .ontvangers(List.of(organisatie(deelnemers, verzoek.path("verzoeker").asText())))
        .categorieen(List.of(verzoek.path("categorie").asText()))
        .doel(tekst(verzoek.path("eigenTaak")))
        .uitkomst(uitkomst)
        .gronden(gronden)
        .afgerondOp(tijd(besluit.path("genomenOp")))
        .overlegOp(overlegOp);
  }

  private List<Verstrekking> verstrekkingen(URI overleg) {
    return em.createQuery(
            "select v from Verstrekking v, Verslag r where v.verslag = r.id and r.overleg = :o"
                + " order by v.verstrektOp, v.organisatie",
            Verstrekking.class)
        .setParameter("o", overleg.toString())
        .getResultList();
  }

  private static String organisatie(Map<String, JsonNode> deelnemers, String id) {
    JsonNode d = deelnemers.get(id);
    return d == null ? "onbekende deelnemer" : d.path("organisatie").asText();
  }

  private static OffsetDateTime tijd(JsonNode waarde) {
    return waarde == null || waarde.isMissingNode() || waarde.isNull()
        ? null
        : OffsetDateTime.parse(waarde.asText());
  }

  private static String tekst(JsonNode waarde) {
    return waarde == null || waarde.isMissingNode() || waarde.isNull() ? null : waarde.asText();
  }

  private static List<String> teksten(JsonNode lijst) {
    List<String> uit = new ArrayList<>();
    lijst.forEach(t -> uit.add(t.asText()));
    return uit;
  }
}
