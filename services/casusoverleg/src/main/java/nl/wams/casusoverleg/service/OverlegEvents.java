package nl.wams.casusoverleg.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wams.casusoverleg.domain.Afspraak;
import nl.wams.casusoverleg.domain.Deelnemer;
import nl.wams.casusoverleg.domain.Overleg;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.events.Outbox;

/**
 * The thin change events of casusoverleg, written in the changing transaction, for the verslag
 * (which fetches the overleg itself) and the monitoring (domains involved, WAMS.md §7). They name
 * the overleg by URL and carry process facts only - codes, dates, counts, the procedure's URL -
 * never a text, a name or other personal data.
 */
@ApplicationScoped
public class OverlegEvents {

  public static final String GEHOUDEN = "nl.wams.casusoverleg.overleg-gehouden";
  public static final String AFSPRAAK_VASTGELEGD = "nl.wams.casusoverleg.afspraak-vastgelegd";

  private final Outbox outbox;
  private final PublicUrls urls;

  OverlegEvents(Outbox outbox, PublicUrls urls) {
    this.outbox = outbox;
    this.urls = urls;
  }

  void gehouden(Overleg overleg) {
    Map<String, Object> data = feiten(overleg);
    data.put("gehoudenOp", overleg.gehoudenOp().orElseThrow().toString());
    data.put("deelnemers", overleg.deelnemers().size());
    data.put(
        "aanwezigeDeelnemers",
        overleg.deelnemers().stream().filter(d -> Boolean.TRUE.equals(d.aanwezig())).count());
    data.put(
        "domeinen",
        overleg.deelnemers().stream().map(Deelnemer::domein).distinct().map(Enum::name).toList());
    data.put(
        "organisaties",
        overleg.deelnemers().stream().map(Deelnemer::organisatie).distinct().sorted().toList());
    data.put(
        "clientOfVertegenwoordigerAanwezig",
        overleg.uitnodigingen().stream().anyMatch(u -> Boolean.TRUE.equals(u.aanwezig())));
    outbox.publish(GEHOUDEN, urls.of("/overleggen/" + overleg.id()), data);
  }

  void afspraakVastgelegd(Overleg overleg, Afspraak afspraak) {
    Map<String, Object> data = feiten(overleg);
    data.put("afspraak", afspraak.id().toString());
    data.put("deadline", afspraak.deadline().toString());
    outbox.publish(AFSPRAAK_VASTGELEGD, urls.of("/overleggen/" + overleg.id()), data);
  }

  private static Map<String, Object> feiten(Overleg overleg) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("gemeentecode", overleg.gemeentecode());
    data.put("soort", overleg.soort().name());
    data.put("fase", overleg.fase().name());
    overleg.procedure().ifPresent(p -> data.put("procedure", p.toString()));
    return data;
  }
}
