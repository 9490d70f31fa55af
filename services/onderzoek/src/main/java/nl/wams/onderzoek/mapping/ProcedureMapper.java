package nl.wams.onderzoek.mapping;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wams.onderzoek.contract.model.Antwoord;
import nl.wams.onderzoek.contract.model.BetrokkeneGegevens;
import nl.wams.onderzoek.contract.model.Conclusie;
import nl.wams.onderzoek.contract.model.ConclusieGegevens;
import nl.wams.onderzoek.contract.model.Gegevensverzoek;
import nl.wams.onderzoek.contract.model.Huishoudlid;
import nl.wams.onderzoek.contract.model.Ingang;
import nl.wams.onderzoek.contract.model.Interventie;
import nl.wams.onderzoek.contract.model.Probleem;
import nl.wams.onderzoek.contract.model.Procedure;
import nl.wams.onderzoek.contract.model.ProcedureGegevens;
import nl.wams.onderzoek.contract.model.Reikwijdte;
import nl.wams.onderzoek.domain.ConclusieInvoer;
import nl.wams.onderzoek.domain.Domein;
import nl.wams.onderzoek.domain.Ingangssoort;
import nl.wams.onderzoek.domain.Leefgebied;
import nl.wams.onderzoek.domain.StartInvoer;

/** Between the contract's model and the domain. Enum constants share their names on both sides. */
public final class ProcedureMapper {

  private ProcedureMapper() {}

  public static StartInvoer toInvoer(ProcedureGegevens gegevens) {
    return new StartInvoer(
        gegevens.getGemeentecode(),
        map(gegevens.getIngang().getSoort(), Ingangssoort.class),
        gegevens.getIngang().getAanmelding() == null
            ? null
            : gegevens.getIngang().getAanmelding().toString(),
        gegevens.getBetrokkene().getBsn(),
        gegevens.getVoortdurendEnTerugkerend(),
        gegevens.getMotivering(),
        gegevens.getHerhalingMotivering());
  }

  public static ConclusieInvoer toInvoer(ConclusieGegevens gegevens) {
    return new ConclusieInvoer(
        gegevens.getGecoordineerdeAanpakWenselijk(),
        gegevens.getMotivering(),
        gegevens.getClientGeinformeerdOp(),
        gegevens.getClientGeinformeerdWijze().toString(),
        Boolean.TRUE.equals(gegevens.getClientCoordineertZelf()),
        gegevens.getClientondersteuningAangeboden(),
        gegevens.getClientondersteuningGebruikt());
  }

  public static Set<Leefgebied> leefgebieden(Set<nl.wams.onderzoek.contract.model.Leefgebied> api) {
    return api == null
        ? Set.of()
        : api.stream().map(l -> map(l, Leefgebied.class)).collect(Collectors.toSet());
  }

  public static Procedure toApi(nl.wams.onderzoek.domain.Procedure procedure, URI url) {
    Procedure api =
        new Procedure()
            .url(url)
            .uuid(procedure.id())
            .gemeentecode(procedure.gemeentecode())
            .ingang(
                new Ingang()
                    .soort(
                        map(
                            procedure.ingangSoort(),
                            nl.wams.onderzoek.contract.model.Ingangssoort.class))
                    .aanmelding(
                        procedure.ingangAanmelding() == null
                            ? null
                            : URI.create(procedure.ingangAanmelding())))
            .initiatief(
                map(
                    procedure.ingangSoort().initiatief(),
                    nl.wams.onderzoek.contract.model.Initiatief.class))
            .status(map(procedure.status(), nl.wams.onderzoek.contract.model.ProcedureStatus.class))
            .gestartOp(tijd(procedure.gestartOp()))
            .onderzoeker(procedure.onderzoeker())
            .betrokkene(new BetrokkeneGegevens().bsn(procedure.betrokkeneBsn()))
            .voortdurendEnTerugkerend(procedure.voortdurendEnTerugkerend())
            .motivering(procedure.motivering())
            .herhaaldOnderzoek(procedure.herhaaldOnderzoek())
            .herhalingMotivering(procedure.herhalingMotivering())
            .reikwijdte(reikwijdte(procedure))
            .huishoudleden(procedure.huishoudleden().stream().map(ProcedureMapper::toApi).toList())
            .problemen(procedure.problemen().stream().map(ProcedureMapper::toApi).toList())
            .interventies(procedure.interventies().stream().map(ProcedureMapper::toApi).toList())
            .gegevensverzoeken(
                procedure.gegevensverzoeken().stream().map(ProcedureMapper::toApi).toList());
    if (procedure.conclusie() != null) {
      api.conclusie(toApi(procedure.conclusie(), procedure));
    }
    return api;
  }

  private static Reikwijdte reikwijdte(nl.wams.onderzoek.domain.Procedure procedure) {
    Map<Leefgebied, Boolean> reikwijdte = procedure.reikwijdte();
    if (reikwijdte.isEmpty()) {
      return null;
    }
    return new Reikwijdte()
        .leefgebieden(leefgebieden(reikwijdte, false))
        .verbreding(leefgebieden(reikwijdte, true))
        .motiveringErnstigeProblematiek(procedure.motiveringErnstigeProblematiek());
  }

  private static Set<nl.wams.onderzoek.contract.model.Leefgebied> leefgebieden(
      Map<Leefgebied, Boolean> reikwijdte, boolean verbreding) {
    return reikwijdte.entrySet().stream()
        .filter(e -> e.getValue() == verbreding)
        .map(e -> map(e.getKey(), nl.wams.onderzoek.contract.model.Leefgebied.class))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static nl.wams.onderzoek.contract.model.InzageBeperking toApi(
      nl.wams.onderzoek.domain.InzageBeperking beperking) {
    if (beperking == null) {
      return null;
    }
    return new nl.wams.onderzoek.contract.model.InzageBeperking()
        .grond(map(beperking.grond(), nl.wams.onderzoek.contract.model.InzageBeperkingGrond.class))
        .reden(beperking.reden())
        .vastgelegdOp(tijd(beperking.vastgelegdOp()))
        .vastgelegdDoor(beperking.vastgelegdDoor());
  }

  private static Huishoudlid toApi(nl.wams.onderzoek.domain.Huishoudlid lid) {
    return new Huishoudlid()
        .id(lid.id())
        .relatie(map(lid.relatie(), Huishoudlid.RelatieEnum.class))
        .bsn(lid.bsn())
        .omschrijving(lid.omschrijving())
        .medewerking(lid.medewerking());
  }

  private static Probleem toApi(nl.wams.onderzoek.domain.Probleem probleem) {
    return new Probleem()
        .id(probleem.id())
        .leefgebied(map(probleem.leefgebied(), nl.wams.onderzoek.contract.model.Leefgebied.class))
        .domein(map(probleem.domein(), nl.wams.onderzoek.contract.model.Domein.class))
        .omschrijving(probleem.omschrijving())
        .huishoudlid(probleem.huishoudlid())
        .inzageBeperking(toApi(probleem.inzageBeperking()));
  }

  private static Interventie toApi(nl.wams.onderzoek.domain.Interventie interventie) {
    return new Interventie()
        .id(interventie.id())
        .domein(map(interventie.domein(), nl.wams.onderzoek.contract.model.Domein.class))
        .omschrijving(interventie.omschrijving())
        .aanbieder(interventie.aanbieder())
        .lopend(interventie.lopend())
        .vanaf(interventie.vanaf())
        .tot(interventie.tot())
        .inzageBeperking(toApi(interventie.inzageBeperking()));
  }

  private static Gegevensverzoek toApi(nl.wams.onderzoek.domain.Gegevensverzoek verzoek) {
    Gegevensverzoek api =
        new Gegevensverzoek()
            .id(verzoek.id())
            .partij(verzoek.partij())
            .doel(verzoek.doel())
            .categorieen(verzoek.categorieen())
            .grondslag(verzoek.grondslag())
            .uiterlijkOp(verzoek.uiterlijkOp())
            .verzondenOp(tijd(verzoek.verzondenOp()))
            .beantwoordOp(tijd(verzoek.beantwoordOp()))
            .inzageBeperking(toApi(verzoek.inzageBeperking()));
    if (verzoek.antwoordUitkomst() != null) {
      api.antwoord(
          new Antwoord()
              .uitkomst(map(verzoek.antwoordUitkomst(), Antwoord.UitkomstEnum.class))
              .verstrekt(verzoek.antwoordVerstrekt())
              .weigeringsgrond(verzoek.antwoordWeigeringsgrond()));
    }
    return api;
  }

  private static Conclusie toApi(
      nl.wams.onderzoek.domain.Conclusie conclusie, nl.wams.onderzoek.domain.Procedure procedure) {
    return new Conclusie()
        .uitkomst(map(conclusie.uitkomst(), nl.wams.onderzoek.contract.model.Uitkomst.class))
        .sdWetten(domeinen(procedure.sdWetten()))
        .aanpalendeDomeinen(domeinen(procedure.aanpalendeDomeinen()))
        .gecoordineerdeAanpakWenselijk(conclusie.gecoordineerdeAanpakWenselijk())
        .motivering(conclusie.motivering())
        .clientGeinformeerdOp(conclusie.clientGeinformeerdOp())
        .clientGeinformeerdWijze(conclusie.clientGeinformeerdWijze())
        .clientCoordineertZelf(conclusie.clientCoordineertZelf())
        .clientondersteuningAangeboden(conclusie.clientondersteuningAangeboden())
        .clientondersteuningGebruikt(conclusie.clientondersteuningGebruikt())
        .vastgesteldOp(tijd(conclusie.vastgesteldOp()));
  }

  private static java.util.List<nl.wams.onderzoek.contract.model.Domein> domeinen(
      java.util.List<Domein> domeinen) {
    return domeinen.stream()
        .map(d -> map(d, nl.wams.onderzoek.contract.model.Domein.class))
        .toList();
  }

  private static OffsetDateTime tijd(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static <E extends Enum<E>> E map(Enum<?> value, Class<E> target) {
    return value == null ? null : Enum.valueOf(target, value.name());
  }
}
