package nl.wams.keycloaksync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What has to change in a realm to bring it in line with the policy: plain data in, a list of
 * changes out, so that the rules are tested without Keycloak.
 *
 * <p>Rules: every policy role exists as a realm role (created with the policy's description;
 * existing descriptions are left as the realm has them); every application exists as a client; each
 * application's client carries exactly the policy's roles in its scope. Realm roles outside the
 * policy are only reported, and removed only when asked ({@code verwijder}) and not Keycloak's own
 * or kept on purpose ({@code behoud}). Clients outside the policy are never touched.
 */
public final class Plan {

  /**
   * A realm as it is: its roles, its default role ({@code default-roles-<realm>} at creation) and,
   * per client, the realm roles in the client's scope.
   */
  public record Realm(
      Set<String> rollen, String standaardRol, Map<String, Set<String>> clientScopes) {}

  /** One change. */
  public sealed interface Wijziging {
    record RolAanmaken(String rol, String omschrijving) implements Wijziging {}

    record ClientAanmaken(Beleid.Applicatie applicatie) implements Wijziging {}

    record RollenToekennen(String clientId, Set<String> rollen) implements Wijziging {}

    record RollenIntrekken(String clientId, Set<String> rollen) implements Wijziging {}

    record RolVerwijderen(String rol) implements Wijziging {}
  }

  private Plan() {}

  /** The changes, in the order they can be applied. */
  public static List<Wijziging> maak(
      Beleid beleid, Realm realm, boolean verwijder, Set<String> behoud) {
    List<Wijziging> plan = new ArrayList<>();
    new TreeSet<>(beleid.rollen().keySet())
        .stream()
            .filter(r -> !realm.rollen().contains(r))
            .forEach(r -> plan.add(new Wijziging.RolAanmaken(r, beleid.rollen().get(r))));
    for (Beleid.Applicatie app : beleid.applicaties().values()) {
      Set<String> huidig = realm.clientScopes().get(app.clientId());
      if (huidig == null) {
        plan.add(new Wijziging.ClientAanmaken(app));
        huidig = Set.of();
      }
      Set<String> erbij = new TreeSet<>(app.rollen());
      erbij.removeAll(huidig);
      Set<String> eraf = new TreeSet<>(huidig);
      eraf.removeAll(app.rollen());
      if (!erbij.isEmpty()) {
        plan.add(new Wijziging.RollenToekennen(app.clientId(), erbij));
      }
      if (!eraf.isEmpty()) {
        plan.add(new Wijziging.RollenIntrekken(app.clientId(), eraf));
      }
    }
    if (verwijder) {
      onbeheerdeRollen(beleid, realm, behoud)
          .forEach(r -> plan.add(new Wijziging.RolVerwijderen(r)));
    }
    return plan;
  }

  /** Realm roles the policy does not know, apart from Keycloak's own and those kept on purpose. */
  public static Set<String> onbeheerdeRollen(Beleid beleid, Realm realm, Set<String> behoud) {
    Set<String> rollen = new TreeSet<>(realm.rollen());
    rollen.removeAll(beleid.rollen().keySet());
    rollen.removeAll(behoud);
    rollen.removeAll(Set.of(realm.standaardRol(), "offline_access", "uma_authorization"));
    return rollen;
  }

  /** One line per change, for people. */
  public static String beschrijf(Wijziging w) {
    return switch (w) {
      case Wijziging.RolAanmaken r -> "create realm role " + r.rol();
      case Wijziging.ClientAanmaken c ->
          "create client "
              + c.applicatie().clientId()
              + (c.applicatie().browser() ? " (public, browser)" : " (confidential)");
      case Wijziging.RollenToekennen t -> "client " + t.clientId() + ": add roles " + t.rollen();
      case Wijziging.RollenIntrekken i -> "client " + i.clientId() + ": remove roles " + i.rollen();
      case Wijziging.RolVerwijderen v -> "delete realm role " + v.rol();
    };
  }
}
