package nl.wams.meldpunt.api;

import static nl.wams.meldpunt.api.Aanmeldingen.api;
import static nl.wams.meldpunt.api.Aanmeldingen.gemeente;
import static nl.wams.meldpunt.api.Aanmeldingen.melding;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import nl.wams.commons.idempotency.IdempotencyKeyCleanup;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Idempotency-Keys are forgotten after their retention (24 hours by default). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class IdempotencyRetentionTest {

  @Inject IdempotencyKeyCleanup cleanup;
  @Inject DataSource dataSource;

  @Test
  void aKeyOlderThanTheRetentionIsForgottenAndARetryThenCreatesAnew() throws SQLException {
    String gemeente = gemeente();
    Map<String, Object> body = melding(gemeente);
    String oud = "oud-" + gemeente;
    String vers = "vers-" + gemeente;
    String eerste = create(oud, body);
    create(vers, body);
    age(oud, "25 hours");
    age(vers, "23 hours");

    assertThat(cleanup.removeExpired()).isGreaterThanOrEqualTo(1);

    assertThat(keys()).doesNotContain(oud).contains(vers);
    // The same key after its retention is a new request; a fresh key still replays.
    assertThat(create(oud, body)).isNotEqualTo(eerste);
    assertThat(create(vers, body)).isEqualTo(create(vers, body));
  }

  private static String create(String key, Map<String, Object> body) {
    return api()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/aanmeldingen")
        .then()
        .statusCode(201)
        .extract()
        .path("uuid");
  }

  private void age(String key, String interval) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE idempotency_key SET created_at = now() - ?::interval WHERE key = ?")) {
      update.setString(1, interval);
      update.setString(2, key);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private java.util.List<String> keys() throws SQLException {
    java.util.List<String> keys = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery("SELECT key FROM idempotency_key")) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }
}
