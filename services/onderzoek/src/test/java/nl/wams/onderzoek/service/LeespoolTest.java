package nl.wams.onderzoek.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import org.junit.jupiter.api.Test;

class LeespoolTest {

  @Test
  void theJdbcUrlGivesHostPortDatabaseAndWhatTheReactiveClientUnderstands() {
    PgConnectOptions opties =
        Leespool.uitJdbcUrl(
            "jdbc:postgresql://db.wams.svc:5433/wams?sslmode=require&currentSchema=onderzoek"
                + "&ApplicationName=wams%20onderzoek&user=app&password=p%26w&prepareThreshold=3");
    assertThat(opties.getHost()).isEqualTo("db.wams.svc");
    assertThat(opties.getPort()).isEqualTo(5433);
    assertThat(opties.getDatabase()).isEqualTo("wams");
    assertThat(opties.getSslMode()).isEqualTo(SslMode.REQUIRE);
    assertThat(opties.getUser()).isEqualTo("app");
    assertThat(opties.getPassword()).isEqualTo("p&w");
    assertThat(opties.getProperties())
        .containsEntry("search_path", "onderzoek")
        .containsEntry("application_name", "wams onderzoek")
        .doesNotContainKey("prepareThreshold");
  }

  @Test
  void withoutPortItIs5432() {
    assertThat(Leespool.uitJdbcUrl("jdbc:postgresql://localhost/wams").getPort()).isEqualTo(5432);
  }

  @Test
  void anotherDatabaseOrSeveralHostsAreRefused() {
    assertThatThrownBy(() -> Leespool.uitJdbcUrl("jdbc:mysql://localhost/wams"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Leespool.uitJdbcUrl("jdbc:postgresql://a:5432,b:5432/wams"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
