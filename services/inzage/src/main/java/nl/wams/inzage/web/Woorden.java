package nl.wams.inzage.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Codes of the APIs in plain Dutch (B1) for the residents' pages: {@code {code.nl}}; dates as "3
 * december 2026": {@code {datum.datum}}.
 */
@TemplateExtension
public final class Woorden {

  private static final Map<String, String> WOORDEN =
      Map.ofEntries(
          Map.entry("ONDERZOEK", "Onderzoek loopt"),
          Map.entry("AFGEROND", "Onderzoek klaar"),
          Map.entry("CONCLUSIE", "Onderzoek klaar"),
          Map.entry("AANPAK", "Hulp volgens één plan"),
          Map.entry("BEEINDIGD", "Afgesloten"),
          Map.entry("HULPVRAAG", "U vroeg zelf om hulp"),
          Map.entry("VERZOEK", "Een hulpverlener vroeg de gemeente om onderzoek"),
          Map.entry("MELDING", "Iemand deed een melding bij de gemeente"),
          Map.entry("FINANCIEN", "Geld en schulden"),
          Map.entry("WERK_EN_DAGBESTEDING", "Werk en dagbesteding"),
          Map.entry("HUISVESTING", "Wonen"),
          Map.entry("GEZONDHEID", "Gezondheid"),
          Map.entry("OPVOEDING_EN_GEZIN", "Opvoeding en gezin"),
          Map.entry("ONDERWIJS", "School en opleiding"),
          Map.entry("VEILIGHEID", "Veiligheid"),
          Map.entry("SOCIAAL_NETWERK", "Familie, vrienden en buren"),
          Map.entry("ZELFREDZAAMHEID", "Zelf redden in het dagelijks leven"),
          Map.entry("WMO", "Wmo (ondersteuning thuis)"),
          Map.entry("JEUGDWET", "Jeugdwet (hulp aan kinderen)"),
          Map.entry("PARTICIPATIEWET", "Participatiewet (werk en bijstand)"),
          Map.entry("WGS", "Schuldhulp"),
          Map.entry("WERK_INKOMEN", "Werk en inkomen (UWV)"),
          Map.entry("ZORG", "Zorg"),
          Map.entry("WONEN", "Wonen (woningcorporatie)"),
          Map.entry("VERSTREKT", "Gegevens gegeven"),
          Map.entry("GEWEIGERD", "Gegevens niet gegeven"),
          Map.entry("BELANG_CLIENT", "om u te beschermen"),
          Map.entry("BESCHERMING_DERDE", "om een ander te beschermen"),
          Map.entry("PROBLEEM", "Een probleem"),
          Map.entry("INTERVENTIE", "Een vorm van hulp"),
          Map.entry("GEGEVENSVERZOEK", "Een vraag om gegevens"),
          Map.entry("COORDINATIE_VERPLICHT", "Eén plan met één coördinator is nodig"),
          Map.entry("COORDINATIE_OPTIONEEL", "Eén plan met één coördinator kan helpen"),
          Map.entry("ENKELVOUDIG", "Gewone hulp is genoeg"),
          Map.entry("GEEN_MEERVOUDIGE_PROBLEMATIEK", "Er zijn geen problemen op meer gebieden"),
          Map.entry("NIEUW", "Nog niet gestart"),
          Map.entry("ACTIEF", "Loopt"),
          Map.entry("GEEN_COORDINATIE", "Geen coördinator"),
          Map.entry("LICHT", "Licht"),
          Map.entry("ZWAAR", "Intensief"),
          Map.entry("OPEN", "Nog te doen"),
          Map.entry("GEREED", "Klaar"),
          Map.entry("GEBLOKKEERD", "Loopt vast"),
          Map.entry("GEPLAND", "Gepland"),
          Map.entry("GEHOUDEN", "Geweest"),
          Map.entry("UITVOERING", "Tijdens de hulp"),
          Map.entry("ONTVANGEN", "Ontvangen"),
          Map.entry("IN_BEHANDELING", "In behandeling"),
          Map.entry("AFGEHANDELD", "Afgehandeld"),
          Map.entry("AFGEWEZEN", "Afgewezen"),
          Map.entry("INZAGE_KOPIE", "Kopie van mijn gegevens"),
          Map.entry("CORRECTIE", "Gegevens verbeteren"),
          Map.entry("WISSING", "Gegevens laten wissen"),
          Map.entry("BEPERKING", "Gebruik van gegevens beperken"),
          Map.entry("BEZWAAR", "Bezwaar tegen gebruik van gegevens"),
          Map.entry("BEJEGENING", "Hoe ik ben behandeld"),
          Map.entry("GEGEVENSDELING", "Het delen van mijn gegevens"),
          Map.entry("BESLUIT", "Een besluit"),
          Map.entry("TERMIJN", "Het duurde te lang"),
          Map.entry("COORDINATIE", "De coördinatie van de hulp"),
          Map.entry("OVERIG", "Iets anders"),
          Map.entry("INWONER", "Ikzelf"),
          Map.entry("FAMILIELID", "Een familielid"),
          Map.entry("OK", "Gelukt"),
          Map.entry("FOUT", "Mislukt"));

  private static final DateTimeFormatter DATUM =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"));

  private Woorden() {}

  /** The plain-Dutch word for a code; the code itself when there is none. */
  static String nl(String code) {
    return WOORDEN.getOrDefault(code, code.replace('_', ' ').toLowerCase(Locale.ROOT));
  }

  /** An ISO date or date-time as a Dutch date (and time, in Dutch time). */
  static String datum(String iso) {
    try {
      if (iso.length() <= 10) {
        return LocalDate.parse(iso).format(DATUM);
      }
      return OffsetDateTime.parse(iso)
          .atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
          .format(MOMENT);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
