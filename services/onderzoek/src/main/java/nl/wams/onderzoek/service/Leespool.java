package nl.wams.onderzoek.service;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PostgreSQL for the dossier read that runs on the event loop ({@code getProcedure}, see {@link
 * Weergaven#leesZonderWachten}): Vert.x's reactive client, whose answer arrives on the request's
 * own event loop, so the read needs no worker thread. It takes the JDBC datasource's settings
 * ({@code quarkus.datasource.*}), so a deployment configures its database once; made at start, so a
 * URL it cannot use stops onderzoek there.
 */
@Startup
@ApplicationScoped
public class Leespool {

  private final Pool pool;

  Leespool(
      Vertx vertx,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> gebruiker,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> wachtwoord,
      @ConfigProperty(name = "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema")
          Optional<String> schema,
      @ConfigProperty(name = "wams.onderzoek.leespool.max-size", defaultValue = "8") int grootte) {
    PgConnectOptions opties = uitJdbcUrl(jdbcUrl).setCachePreparedStatements(true);
    gebruiker.ifPresent(opties::setUser);
    wachtwoord.ifPresent(opties::setPassword);
    schema.ifPresent(s -> opties.addProperty("search_path", s));
    this.pool =
        PgBuilder.pool()
            .with(new PoolOptions().setMaxSize(grootte))
            .connectingTo(opties)
            .using(vertx)
            .build();
  }

  Pool pool() {
    return pool;
  }

  @PreDestroy
  void sluit() {
    pool.close();
  }

  /**
   * The reactive client's options for a {@code jdbc:postgresql://host[:port]/database[?...]} URL:
   * host, port, database, and of the parameters {@code user}, {@code password}, {@code sslmode}
   * (verify-ca and verify-full check against the JVM's trust store), {@code currentSchema} and
   * {@code ApplicationName}; the others concern the JDBC driver only. A URL with several hosts is
   * refused at start.
   */
  static PgConnectOptions uitJdbcUrl(String jdbcUrl) {
    String voorvoegsel = "jdbc:postgresql://";
    if (jdbcUrl == null || !jdbcUrl.startsWith(voorvoegsel)) {
      throw new IllegalArgumentException(
          "quarkus.datasource.jdbc.url is no jdbc:postgresql://host[:port]/database URL");
    }
    URI uri = URI.create("postgresql://" + jdbcUrl.substring(voorvoegsel.length()));
    if (uri.getHost() == null || uri.getAuthority().contains(",")) {
      throw new IllegalArgumentException(
          "quarkus.datasource.jdbc.url names no single host; the dossier read needs one");
    }
    PgConnectOptions opties =
        new PgConnectOptions()
            .setHost(uri.getHost())
            .setPort(uri.getPort() < 0 ? 5432 : uri.getPort())
            .setDatabase(uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", ""));
    if (uri.getRawQuery() != null) {
      for (String paar : uri.getRawQuery().split("&")) {
        int is = paar.indexOf('=');
        if (is < 0) {
          continue;
        }
        String waarde = URLDecoder.decode(paar.substring(is + 1), StandardCharsets.UTF_8);
        switch (paar.substring(0, is)) {
          case "user" -> opties.setUser(waarde);
          case "password" -> opties.setPassword(waarde);
          case "sslmode" -> opties.setSslMode(SslMode.of(waarde));
          case "currentSchema" -> opties.addProperty("search_path", waarde);
          case "ApplicationName" -> opties.addProperty("application_name", waarde);
          default -> {
            // a setting of the JDBC driver only
          }
        }
      }
    }
    return opties;
  }
}
