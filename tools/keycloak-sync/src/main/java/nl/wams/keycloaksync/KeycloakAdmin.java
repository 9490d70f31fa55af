package nl.wams.keycloaksync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The few calls of Keycloak's admin REST API the tool needs, over plain HTTP. Logs in to the master
 * realm as an admin user (password grant of admin-cli) or as an admin client (client credentials).
 */
public final class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STANDAARD_SCOPES =
      List.of("basic", "profile", "roles", "web-origins", "acr", "wams");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String server;
  private final String realm;
  private final String token;

  /** How to log in: user and password, or client id and secret. */
  public record Inlog(String gebruiker, String wachtwoord, String clientId, String clientSecret) {}

  public KeycloakAdmin(URI server, String realm, Inlog inlog) {
    this.server = server.toString().replaceAll("/+$", "");
    this.realm = realm;
    String form =
        inlog.clientId() != null
            ? "grant_type=client_credentials&client_id="
                + enc(inlog.clientId())
                + "&client_secret="
                + enc(inlog.clientSecret())
            : "grant_type=password&client_id=admin-cli&username="
                + enc(inlog.gebruiker())
                + "&password="
                + enc(inlog.wachtwoord());
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(this.server + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused the admin login (HTTP " + response.statusCode() + ")");
    }
    this.token = json(response).path("access_token").asText();
  }

  /** The realm's roles and each client's realm-role scope. */
  public Plan.Realm lees() {
    Set<String> rollen = new TreeSet<>();
    get("/roles?first=0&max=10000").forEach(r -> rollen.add(r.path("name").asText()));
    Map<String, Set<String>> scopes = new LinkedHashMap<>();
    for (JsonNode client : get("/clients?first=0&max=10000")) {
      Set<String> scope = new TreeSet<>();
      get("/clients/" + client.path("id").asText() + "/scope-mappings/realm")
          .forEach(r -> scope.add(r.path("name").asText()));
      scopes.put(client.path("clientId").asText(), scope);
    }
    String standaardRol = get("").path("defaultRole").path("name").asText("default-roles-" + realm);
    return new Plan.Realm(rollen, standaardRol, scopes);
  }

  public void voerUit(Plan.Wijziging wijziging) {
    switch (wijziging) {
      case Plan.Wijziging.RolAanmaken r -> {
        ObjectNode rol = JSON.createObjectNode().put("name", r.rol());
        rol.put("description", r.omschrijving());
        write("POST", "/roles", rol);
      }
      case Plan.Wijziging.ClientAanmaken c -> write("POST", "/clients", client(c.applicatie()));
      case Plan.Wijziging.RollenToekennen t ->
          write("POST", scopePad(t.clientId()), rollen(t.rollen()));
      case Plan.Wijziging.RollenIntrekken i ->
          write("DELETE", scopePad(i.clientId()), rollen(i.rollen()));
      case Plan.Wijziging.RolVerwijderen v -> write("DELETE", "/roles/" + pad(v.rol()), null);
    }
  }

  /** A client the way the realm file defines the applications' clients (docs/keycloak.md). */
  private ObjectNode client(Beleid.Applicatie app) {
    ObjectNode c = JSON.createObjectNode();
    c.put("clientId", app.clientId())
        .put("name", app.naam())
        .put("enabled", true)
        .put("protocol", "openid-connect")
        .put("publicClient", app.browser())
        .put("standardFlowEnabled", true)
        .put("implicitFlowEnabled", false)
        .put("directAccessGrantsEnabled", false)
        .put("serviceAccountsEnabled", false)
        .put("fullScopeAllowed", false);
    if (!app.browser()) {
      c.put("clientAuthenticatorType", "client-secret");
    }
    app.redirectUris().forEach(c.putArray("redirectUris")::add);
    c.putArray("webOrigins").add("+");
    c.putObject("attributes")
        .put("pkce.code.challenge.method", "S256")
        .put("post.logout.redirect.uris", "+");
    Set<String> bestaand = new TreeSet<>();
    get("/client-scopes").forEach(s -> bestaand.add(s.path("name").asText()));
    ArrayNode scopes = c.putArray("defaultClientScopes");
    STANDAARD_SCOPES.stream().filter(bestaand::contains).forEach(scopes::add);
    c.putArray("optionalClientScopes");
    return c;
  }

  private String scopePad(String clientId) {
    JsonNode found = get("/clients?clientId=" + enc(clientId));
    if (found.isEmpty()) {
      throw new IllegalStateException("No client " + clientId + " in realm " + realm);
    }
    return "/clients/" + found.get(0).path("id").asText() + "/scope-mappings/realm";
  }

  private ArrayNode rollen(Set<String> namen) {
    ArrayNode reps = JSON.createArrayNode();
    namen.forEach(n -> reps.add(get("/roles/" + pad(n))));
    return reps;
  }

  private JsonNode get(String pad) {
    HttpResponse<String> response = send(request(pad).GET());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + pad + ": HTTP " + response.statusCode());
    }
    return json(response);
  }

  private void write(String method, String pad, JsonNode body) {
    HttpRequest.Builder request =
        request(pad)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body.toString()));
    HttpResponse<String> response = send(request);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          method + " " + pad + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }

  private HttpRequest.Builder request(String pad) {
    return HttpRequest.newBuilder(URI.create(server + "/admin/realms/" + realm + pad))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak at " + server + " is not reachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak answered no JSON", e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String pad(String segment) {
    return enc(segment).replace("+", "%20");
  }
}
