package nl.wams.commons.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak with the realm of docker/keycloak: what every Wams service
 * relies on (audience, username, realm roles, gemeente, organisatie, bsn, lifetime).
 */
class KeycloakTokensTest {

  @Test
  void anOnderzoekerCarriesGemeenteRoleAndAudience() {
    Map<String, Object> claims = Tokens.claims(Tokens.accessToken("onderzoeker-ams"));

    assertThat(claims.get("iss")).isEqualTo(Tokens.issuer());
    assertThat(audience(claims)).containsExactly("wams-api");
    assertThat(claims.get("azp")).isEqualTo("wams-demo");
    assertThat(claims.get("preferred_username")).isEqualTo("onderzoeker-ams");
    assertThat(realmRoles(claims)).containsExactly("onderzoeker");
    assertThat(claims.get("gemeente")).isEqualTo("0363");
    assertThat(claims).doesNotContainKeys("bsn", "organisatie");
    assertThat(claims.get("sub")).isEqualTo("7912bcfd-84ff-51c8-af0a-17066e6a4505");
  }

  @Test
  void anInwonerCarriesTheirBsnAndNoGemeente() {
    Map<String, Object> claims = Tokens.claims(Tokens.accessToken("inwoner-1"));

    assertThat(audience(claims)).containsExactly("wams-api");
    assertThat(claims.get("preferred_username")).isEqualTo("inwoner-1");
    assertThat(realmRoles(claims)).containsExactly("inwoner");
    assertThat(claims.get("bsn")).isEqualTo("999993653");
    assertThat(claims).doesNotContainKeys("gemeente", "organisatie");
  }

  @Test
  void aPartnerCarriesTheirOrganisation() {
    Map<String, Object> coordinator = Tokens.claims(Tokens.accessToken("coordinator-partner"));
    Map<String, Object> ggz = Tokens.claims(Tokens.accessToken("partner-ggz"));

    assertThat(realmRoles(coordinator)).containsExactly("coordinator");
    assertThat(coordinator.get("gemeente")).isEqualTo("0363");
    assertThat(coordinator.get("organisatie")).isEqualTo("GGZ Noord");
    assertThat(realmRoles(ggz)).containsExactly("partner-ggz");
    assertThat(ggz.get("organisatie")).isEqualTo("GGZ Noord");
    assertThat(ggz).doesNotContainKeys("gemeente", "bsn");
  }

  @Test
  void tokensLiveFiveMinutesAndAreReusedUntilShortlyBefore() {
    String first = Tokens.accessToken("onderzoeker-utr");
    Map<String, Object> claims = Tokens.claims(first);

    assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
        .isEqualTo(300);
    assertThat(((Number) claims.get("exp")).longValue())
        .isGreaterThan(Instant.now().getEpochSecond());
    assertThat(claims.get("gemeente")).isEqualTo("0344");
    assertThat(Tokens.accessToken("onderzoeker-utr")).isSameAs(first);
  }

  @Test
  void theServicesGetAClientCredentialsTokenForTheWamsApis() throws Exception {
    String form =
        "grant_type=client_credentials&client_id=wams-services"
            + "&client_secret=wams-services-local-secret";
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(Tokens.issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(form))
                    .build(),
                BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    String token = new ObjectMapper().readTree(response.body()).path("access_token").asText();
    Map<String, Object> claims = Tokens.claims(token);

    assertThat(audience(claims)).containsExactly("wams-api");
    assertThat(claims.get("azp")).isEqualTo("wams-services");
    assertThat(claims).doesNotContainKeys("gemeente", "organisatie", "bsn");
  }

  @Test
  void anUnknownUserIsRefusedWithAHint() {
    assertThatThrownBy(() -> Tokens.accessToken("onderzoeker-nergens"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onderzoeker-nergens")
        .hasMessageContaining("docs/keycloak.md");
  }

  private static List<Object> audience(Map<String, Object> claims) {
    Object aud = claims.get("aud");
    return aud instanceof List<?> list ? List.copyOf(list) : List.of(aud);
  }

  private static List<Object> realmRoles(Map<String, Object> claims) {
    return List.copyOf((List<?>) ((Map<?, ?>) claims.get("realm_access")).get("roles"));
  }
}
