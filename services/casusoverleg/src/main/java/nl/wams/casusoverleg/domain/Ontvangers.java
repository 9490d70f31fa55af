package nl.wams.casusoverleg.domain;

import java.util.List;
import java.util.UUID;

/**
 * The provider's condition 'only for named participants': the ids of the only participants who
 * receive an inbreng. Empty: no such condition (everyone the other conditions allow).
 */
public record Ontvangers(List<UUID> ids) {

  public Ontvangers {
    ids = List.copyOf(ids);
  }

  public static Ontvangers alle() {
    return new Ontvangers(List.of());
  }

  public boolean beperkt() {
    return !ids.isEmpty();
  }

  public boolean omvat(UUID deelnemer) {
    return ids.contains(deelnemer);
  }
}
