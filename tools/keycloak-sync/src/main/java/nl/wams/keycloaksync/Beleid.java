package nl.wams.keycloaksync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the view policy says about Keycloak: its roles (with their description) and its applications
 * (clients) with the roles their tokens may carry.
 */
public record Beleid(Map<String, String> rollen, Map<String, Applicatie> applicaties) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A client: browser (public, code flow with PKCE) or server (confidential). */
  public record Applicatie(
      String clientId,
      String naam,
      boolean browser,
      Set<String> rollen,
      List<String> redirectUris) {}

  /** The default policy shipped in the api-specs jar. */
  public static Beleid standaard() {
    try (InputStream in = Beleid.class.getClassLoader().getResourceAsStream("views/policy.yaml")) {
      if (in == null) {
        throw new IllegalStateException("No views/policy.yaml on the classpath");
      }
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Beleid read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the policy " + file, e);
    }
  }

  /**
   * @throws IllegalArgumentException naming every problem: an application without a known role, an
   *     unknown kind, a role name Keycloak would not accept
   */
  public static Beleid parse(String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException("The policy is not YAML: " + e.getMessage(), e);
    }
    List<String> fouten = new ArrayList<>();
    Map<String, String> rollen = new LinkedHashMap<>();
    root.path("rollen")
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().matches("[a-z][a-z0-9-]*")) {
                fouten.add("rollen." + e.getKey() + ": a role name is lower case, digits and -");
              }
              rollen.put(e.getKey(), e.getValue().path("omschrijving").asText(""));
            });
    Map<String, Applicatie> applicaties = new LinkedHashMap<>();
    root.path("applicaties")
        .fields()
        .forEachRemaining(
            e -> {
              String waar = "applicaties." + e.getKey();
              JsonNode app = e.getValue();
              String soort = app.path("soort").asText("");
              if (!soort.equals("browser") && !soort.equals("server")) {
                fouten.add(waar + ".soort: browser or server, not '" + soort + "'");
              }
              Set<String> appRollen = new LinkedHashSet<>();
              app.path("rollen").forEach(r -> appRollen.add(r.asText()));
              if (appRollen.isEmpty()) {
                fouten.add(waar + ".rollen: an application needs at least one role");
              }
              appRollen.stream()
                  .filter(r -> !rollen.containsKey(r))
                  .forEach(r -> fouten.add(waar + ".rollen: unknown role '" + r + "'"));
              List<String> redirects = new ArrayList<>();
              app.path("redirectUris").forEach(r -> redirects.add(r.asText()));
              applicaties.put(
                  e.getKey(),
                  new Applicatie(
                      e.getKey(),
                      app.path("naam").asText(e.getKey()),
                      soort.equals("browser"),
                      Set.copyOf(appRollen),
                      List.copyOf(redirects)));
            });
    if (!fouten.isEmpty()) {
      throw new IllegalArgumentException("Invalid policy:\n  " + String.join("\n  ", fouten));
    }
    return new Beleid(
        java.util.Collections.unmodifiableMap(rollen),
        java.util.Collections.unmodifiableMap(applicaties));
  }
}
