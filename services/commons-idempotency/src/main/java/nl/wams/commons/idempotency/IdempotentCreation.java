package nl.wams.commons.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;

/**
 * Runs a creating request at most once per {@code Idempotency-Key}. The key is claimed with an
 * INSERT in the same transaction as the creation: a concurrent duplicate waits on that row and then
 * replays the stored answer; if the creation fails, the claim rolls back with it, so a client can
 * retry a rejected request with the same key after fixing it. The creation joins this transaction.
 */
@ApplicationScoped
public class IdempotentCreation {

  private final DataSource dataSource;
  private final ObjectMapper json;
  private final ObjectMapper canonical;

  IdempotentCreation(DataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
    this.canonical =
        json.copy()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(
                com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
  }

  /**
   * @param scope what is being created (the operationId), so keys of different operations never
   *     clash
   * @param key the client's Idempotency-Key, or null to just run the creation
   * @param request the parsed request body; its canonical JSON is what "the same request" means
   * @param creation creates the resource and returns the response (entity serialised to JSON)
   */
  @Transactional
  public Response create(String scope, String key, Object request, Supplier<Response> creation) {
    return create(scope, key, request, creation, () -> {});
  }

  /**
   * The same, and {@code bijHerhaling} runs when the answer is a replay, which did not pass {@code
   * creation}: for what a first answer did on its way, such as naming the data subjects of the
   * resource for the Logboek (it may refuse the answer by throwing).
   */
  @Transactional
  public Response create(
      String scope,
      String key,
      Object request,
      Supplier<Response> creation,
      Runnable bijHerhaling) {
    if (key == null) {
      return creation.get();
    }
    String hash = hash(request);
    Response herhaald;
    try (Connection connection = dataSource.getConnection()) {
      if (claim(connection, scope, key, hash)) {
        Response response = creation.get();
        store(connection, scope, key, response);
        return response;
      }
      herhaald = replay(connection, scope, key, hash);
    } catch (SQLException e) {
      throw new IllegalStateException("Idempotency store unavailable", e);
    }
    bijHerhaling.run();
    return herhaald;
  }

  private static boolean claim(Connection connection, String scope, String key, String hash)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO idempotency_key (scope, key, request_hash) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      insert.setString(1, scope);
      insert.setString(2, key);
      insert.setString(3, hash);
      return insert.executeUpdate() == 1;
    }
  }

  private void store(Connection connection, String scope, String key, Response response)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE idempotency_key SET status = ?, response_body = ?, location = ?, etag = ?"
                + " WHERE scope = ? AND key = ?")) {
      update.setInt(1, response.getStatus());
      update.setString(2, toJson(response.getEntity()));
      URI location = response.getLocation();
      update.setString(3, location == null ? null : location.toString());
      update.setString(4, response.getHeaderString(HttpHeaders.ETAG));
      update.setString(5, scope);
      update.setString(6, key);
      update.executeUpdate();
    }
  }

  private static Response replay(Connection connection, String scope, String key, String hash)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT request_hash, status, response_body, location, etag FROM idempotency_key"
                + " WHERE scope = ? AND key = ?")) {
      select.setString(1, scope);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("Idempotency key vanished while claimed");
        }
        if (!row.getString("request_hash").equals(hash)) {
          throw new ProblemException(
              ProblemType.IDEMPOTENCY_KEY_REUSED,
              "Deze Idempotency-Key is al gebruikt voor een verzoek met een andere inhoud.");
        }
        Response.ResponseBuilder response =
            Response.status(row.getInt("status"))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(row.getString("response_body"));
        String location = row.getString("location");
        if (location != null) {
          response.location(URI.create(location));
        }
        String etag = row.getString("etag");
        if (etag != null) {
          response.header(HttpHeaders.ETAG, etag);
        }
        return response.build();
      }
    }
  }

  private String hash(Object request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash request", e);
    }
  }

  private String toJson(Object entity) {
    try {
      return entity == null ? null : json.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store response", e);
    }
  }
}
