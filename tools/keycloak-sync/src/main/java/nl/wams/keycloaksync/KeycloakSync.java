package nl.wams.keycloaksync;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code keycloak-sync}: brings a Keycloak realm in line with the view policy. See docs/keycloak.md
 * ("Provisioning a realm from the policy").
 */
public final class KeycloakSync {

  static final String USAGE =
      """
      Usage: keycloak-sync --url <keycloak> [--realm wams] [--policy <file>]
                           [--dry-run | --check] [--verwijder] [--behoud <role>]...

      Brings a Keycloak realm in line with the view policy: a realm role per policy role and a
      client per application with exactly the policy's roles in its scope.
        --url        Keycloak's address, e.g. http://localhost:8180
        --realm      the realm (default wams)
        --policy     a municipality's policy file (default: the suite's api-specs/views/policy.yaml)
        --dry-run    show the changes, change nothing
        --check      show the changes, change nothing, exit 2 when the realm is not in line
        --verwijder  also delete realm roles the policy does not know (never Keycloak's own)
        --behoud     a realm role outside the policy to keep (default: wams-service)
      Admin login from the environment: KEYCLOAK_ADMIN_USER and KEYCLOAK_ADMIN_PASSWORD (master
      realm), or KEYCLOAK_ADMIN_CLIENT_ID and KEYCLOAK_ADMIN_CLIENT_SECRET.
      """;

  private KeycloakSync() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /** Exit status: 0 done or in line, 1 error, 2 not in line ({@code --check}), 64 usage. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String url = null;
    String realm = "wams";
    String policy = null;
    boolean dryRun = false;
    boolean check = false;
    boolean verwijder = false;
    Set<String> behoud = new LinkedHashSet<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--url" -> url = args[++i];
          case "--realm" -> realm = args[++i];
          case "--policy" -> policy = args[++i];
          case "--dry-run" -> dryRun = true;
          case "--check" -> check = true;
          case "--verwijder" -> verwijder = true;
          case "--behoud" -> behoud.add(args[++i]);
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (url == null) {
        throw new IllegalArgumentException("--url is required");
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      err.println("keycloak-sync: " + e.getMessage());
      err.print(USAGE);
      return 64;
    }
    if (behoud.isEmpty()) {
      behoud.add("wams-service");
    }
    try {
      Beleid beleid = policy == null ? Beleid.standaard() : Beleid.read(Path.of(policy));
      KeycloakAdmin admin =
          new KeycloakAdmin(
              URI.create(url),
              realm,
              new KeycloakAdmin.Inlog(
                  env.get("KEYCLOAK_ADMIN_USER"),
                  env.get("KEYCLOAK_ADMIN_PASSWORD"),
                  env.get("KEYCLOAK_ADMIN_CLIENT_ID"),
                  env.get("KEYCLOAK_ADMIN_CLIENT_SECRET")));
      Plan.Realm huidig = admin.lees();
      List<Plan.Wijziging> plan = Plan.maak(beleid, huidig, verwijder, behoud);
      Set<String> onbeheerd = Plan.onbeheerdeRollen(beleid, huidig, behoud);
      if (!verwijder && !onbeheerd.isEmpty()) {
        out.println(
            "realm roles outside the policy (kept; --verwijder deletes them): " + onbeheerd);
      }
      List<String> clientsBuiten = new ArrayList<>(huidig.clientScopes().keySet());
      clientsBuiten.removeAll(beleid.applicaties().keySet());
      if (plan.isEmpty()) {
        out.println("realm " + realm + " is in line with the policy");
        return 0;
      }
      boolean wijzig = !dryRun && !check;
      for (Plan.Wijziging w : plan) {
        out.println((wijzig ? "" : "would ") + Plan.beschrijf(w));
        if (wijzig) {
          admin.voerUit(w);
        }
      }
      out.println(
          (wijzig ? "applied " : "pending: ")
              + plan.size()
              + " change(s) to realm "
              + realm
              + "; clients outside the policy are left alone: "
              + clientsBuiten.size());
      return check ? 2 : 0;
    } catch (RuntimeException e) {
      err.println("keycloak-sync: " + e.getMessage());
      return 1;
    }
  }
}
