package nl.wams.gateway;

import java.util.Map;

/** A test user of the realm (docker/keycloak/wams-realm.json) for every role of the policy. */
final class Rollen {
  private Rollen() {}

  static final Map<String, String> GEBRUIKER =
      Map.ofEntries(
          Map.entry("meldpunt-medewerker", "meldpunt-ams"),
          Map.entry("onderzoeker", "onderzoeker-ams"),
          Map.entry("coordinator", "coordinator-ams"),
          Map.entry("consulent-wmo", "consulent-wmo-ams"),
          Map.entry("consulent-jeugd", "consulent-jeugd-ams"),
          Map.entry("consulent-participatie", "consulent-participatie-ams"),
          Map.entry("consulent-schuldhulp", "consulent-schuldhulp-ams"),
          Map.entry("partner-uwv", "partner-uwv"),
          Map.entry("partner-ggz", "partner-ggz"),
          Map.entry("partner-woningcorporatie", "partner-woningcorporatie"),
          Map.entry("partner-onderwijs", "partner-onderwijs"),
          Map.entry("partner-politie", "partner-politie"),
          Map.entry("inwoner", "inwoner-1"),
          Map.entry("fg", "fg"),
          Map.entry("auditor", "auditor"),
          Map.entry("beleid", "beleid"),
          Map.entry("beheerder", "beheerder"));
}
