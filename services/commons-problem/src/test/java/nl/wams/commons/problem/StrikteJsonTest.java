package nl.wams.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrikteJsonTest {

  public record Afronding(
      OffsetDateTime gehoudenOp, List<UUID> aanwezig, Set<String> labels, URI procedure) {}

  public record Datum(LocalDate op, UUID id) {}

  private final ObjectMapper json =
      StrikteJson.toepassen(new ObjectMapper().registerModule(new JavaTimeModule()));

  @Test
  void anEmptyStringIsNoUuidUriOrDateAndTheElementIsNamed() {
    assertThatThrownBy(() -> json.readValue("{\"aanwezig\":[\"\"]}", Afronding.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(
            e ->
                assertThat(InvalidParams.fromJson((MismatchedInputException) e).name())
                    .isEqualTo("aanwezig[0]"));
    assertThatThrownBy(() -> json.readValue("{\"procedure\":\"\"}", Afronding.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> json.readValue("{\"gehoudenOp\":\"\"}", Afronding.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> json.readValue("{\"op\":\"\"}", Datum.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> json.readValue("{\"id\":\"\"}", Datum.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void nullInAListOrSetIsRefusedAndNamed() {
    assertThatThrownBy(() -> json.readValue("{\"aanwezig\":[null]}", Afronding.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(
            e ->
                assertThat(InvalidParams.fromJson((MismatchedInputException) e).name())
                    .startsWith("aanwezig"));
    assertThatThrownBy(() -> json.readValue("{\"labels\":[\"a\",null]}", Afronding.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void whatWasValidStaysValid() throws Exception {
    UUID id = UUID.randomUUID();
    Afronding gelezen =
        json.readValue(
            "{\"gehoudenOp\":\"2026-11-23T10:00:00Z\",\"aanwezig\":[\""
                + id
                + "\"],\"labels\":[],\"procedure\":null}",
            Afronding.class);
    assertThat(gelezen.aanwezig()).containsExactly(id);
    assertThat(gelezen.procedure()).isNull();
    assertThat(json.readValue("{\"op\":null,\"id\":null}", Datum.class))
        .isEqualTo(new Datum(null, null));
  }
}
