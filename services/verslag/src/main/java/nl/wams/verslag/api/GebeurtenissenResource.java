package nl.wams.verslag.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.wams.commons.events.Inbox;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.ProblemException;
import nl.wams.verslag.contract.GebeurtenissenApi;
import nl.wams.verslag.contract.model.Gebeurtenis;
import nl.wams.verslag.indicatoren.Leesmodel;

/**
 * Feeds the indicators' read model from the other components' thin events (only their service
 * account may deliver). Each event is handled at most once; a redelivery is acknowledged with 204.
 * What an event lacks is not fetched: the publishers carry the non-personal facts the indicators
 * need (municipality, entry, dates, outcome, domains, organisations, reasons).
 */
@RolesAllowed("wams-service")
public class GebeurtenissenResource implements GebeurtenissenApi {

  static final String PROCEDURE_GESTART = "nl.wams.onderzoek.procedure-gestart";
  static final String CONCLUSIE_VASTGESTELD = "nl.wams.onderzoek.conclusie-vastgesteld";
  static final String AANPAK_BEEINDIGD = "nl.wams.coordinatie.aanpak-beeindigd";
  static final String OVERLEG_GEHOUDEN = "nl.wams.casusoverleg.overleg-gehouden";
  static final String KLACHT_INGEDIEND = "nl.wams.inzage.klacht-ingediend";

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  private final Inbox inbox;
  private final Leesmodel leesmodel;

  GebeurtenissenResource(Inbox inbox, Leesmodel leesmodel) {
    this.inbox = inbox;
    this.leesmodel = leesmodel;
  }

  @Override
  public Response ontvangVerslagGebeurtenis(Gebeurtenis g) {
    Runnable verwerking = verwerking(g);
    if (verwerking != null) {
      inbox.once(g.getSource(), g.getId(), verwerking);
    }
    return Response.noContent().build();
  }

  private Runnable verwerking(Gebeurtenis g) {
    Map<String, Object> data = g.getData();
    try {
      return switch (g.getType()) {
        case PROCEDURE_GESTART -> {
          String subject = subject(g);
          String gemeente = tekst(data, "gemeentecode");
          String ingang = tekst(data, "ingang");
          boolean herhaald = Boolean.TRUE.equals(data.get("herhaaldOnderzoek"));
          Instant op = moment(data, "gestartOp", g);
          yield () -> leesmodel.procedureGestart(subject, gemeente, ingang, herhaald, op);
        }
        case CONCLUSIE_VASTGESTELD -> {
          String subject = subject(g);
          String gemeente = tekst(data, "gemeentecode");
          String uitkomst = tekst(data, "uitkomst");
          Instant gestart = optioneelMoment(data, "gestartOp");
          Instant vastgesteld = moment(data, "vastgesteldOp", g);
          Boolean aangeboden = (Boolean) data.get("clientondersteuningAangeboden");
          Boolean gebruikt = (Boolean) data.get("clientondersteuningGebruikt");
          Collection<String> domeinen = lijst(data, "domeinen");
          yield () ->
              leesmodel.conclusie(
                  subject,
                  gemeente,
                  uitkomst,
                  gestart,
                  vastgesteld,
                  aangeboden,
                  gebruikt,
                  domeinen);
        }
        case AANPAK_BEEINDIGD -> {
          String procedure = tekst(data, "procedure");
          String gemeente = tekst(data, "gemeentecode");
          String reden = tekst(data, "reden");
          Instant op =
              LocalDate.parse(tekst(data, "beeindigdOp")).atStartOfDay(TIJDZONE).toInstant();
          yield () -> leesmodel.aanpakBeeindigd(procedure, gemeente, reden, op);
        }
        case OVERLEG_GEHOUDEN -> {
          String subject = subject(g);
          String gemeente = tekst(data, "gemeentecode");
          String procedure = (String) data.get("procedure");
          String fase = (String) data.get("fase");
          Instant op = moment(data, "gehoudenOp", g);
          Collection<String> domeinen = lijst(data, "domeinen");
          Collection<String> organisaties = lijst(data, "organisaties");
          yield () ->
              leesmodel.overlegGehouden(
                  subject, gemeente, procedure, fase, op, domeinen, organisaties);
        }
        case KLACHT_INGEDIEND -> {
          String subject = subject(g);
          String gemeente = tekst(data, "gemeente");
          String aard = tekst(data, "aard");
          Instant op = moment(data, "ingediendOp", g);
          yield () -> leesmodel.klachtIngediend(subject, gemeente, aard, op);
        }
        default -> null;
      };
    } catch (ClassCastException | DateTimeParseException e) {
      throw ProblemException.invalid(
          "data",
          InvalidParam.INVALID,
          "De gegevens van de gebeurtenis hebben niet de verwachte vorm.");
    }
  }

  private static String subject(Gebeurtenis g) {
    if (g.getSubject() == null || g.getSubject().isBlank()) {
      throw ProblemException.invalid("subject", InvalidParam.REQUIRED, "Noem de bron (URL).");
    }
    return g.getSubject();
  }

  private static String tekst(Map<String, Object> data, String naam) {
    Object waarde = data == null ? null : data.get(naam);
    if (!(waarde instanceof String s) || s.isBlank()) {
      throw ProblemException.invalid(
          "data." + naam, InvalidParam.REQUIRED, "Dit gegeven ontbreekt.");
    }
    return s;
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> lijst(Map<String, Object> data, String naam) {
    Object waarde = data == null ? null : data.get(naam);
    return waarde == null ? List.of() : List.copyOf((Collection<String>) waarde);
  }

  /** The named moment, or else the event's own time. */
  private static Instant moment(Map<String, Object> data, String naam, Gebeurtenis g) {
    Instant moment = optioneelMoment(data, naam);
    if (moment != null) {
      return moment;
    }
    if (g.getTime() == null) {
      throw ProblemException.invalid(
          "data." + naam,
          InvalidParam.REQUIRED,
          "Dit gegeven (of de tijd van de gebeurtenis) ontbreekt.");
    }
    return g.getTime().toInstant();
  }

  private static Instant optioneelMoment(Map<String, Object> data, String naam) {
    Object waarde = data == null ? null : data.get(naam);
    return waarde == null ? null : OffsetDateTime.parse((String) waarde).toInstant();
  }
}
