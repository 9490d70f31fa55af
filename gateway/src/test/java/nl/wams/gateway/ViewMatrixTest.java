package nl.wams.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import nl.wams.gateway.view.Contract;
import nl.wams.gateway.view.Shape;
import nl.wams.gateway.view.ViewPolicy;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The matrix generated from the default policy and the contracts: every role (a real Keycloak user)
 * × every operation, through the gateway to a backend that answers with every field of the
 * contract. A granted operation answers exactly the fields the policy's categories and exceptions
 * allow (computed here independently from the policy data: nothing more, nothing less); any other
 * operation is 403 and reaches no backend.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
class ViewMatrixTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicContainer> everyRoleTimesEveryOperation() {
    ViewPolicy policy = ViewPolicy.standaard();
    List<Contract> contracts = SpecBackendResource.COMPONENTS.stream().map(Contract::load).toList();
    assertThat(Rollen.GEBRUIKER.keySet())
        .containsExactlyInAnyOrderElementsOf(policy.rollen().keySet());
    return policy.rollen().values().stream()
        .map(
            rol ->
                DynamicContainer.dynamicContainer(
                    rol.naam(),
                    contracts.stream()
                        .flatMap(c -> c.operations().values().stream())
                        .map(
                            op -> DynamicTest.dynamicTest(op.operationId(), () -> call(rol, op)))));
  }

  private static void call(ViewPolicy.Rol rol, Contract.Operation op) throws Exception {
    SpecBackendResource.clear();
    String path = op.path().replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000001");
    String purpose = rol.verwerkingsactiviteiten().stream().findFirst().orElse("geen");
    var request =
        given()
            .auth()
            .oauth2(Tokens.accessToken(Rollen.GEBRUIKER.get(rol.naam())))
            .header("Wams-Verwerkingsactiviteit", purpose);
    if (op.request() != null) {
      request = request.contentType("application/json").body("{}");
    }
    Response response = request.request(op.method(), path);

    if (!rol.operaties().contains(op.operationId())) {
      assertThat(response.statusCode()).as("status").isEqualTo(403);
      assertThat(SpecBackendResource.received()).as("forwarded").isEmpty();
      return;
    }
    int status = SpecBackend.successStatus(op);
    assertThat(response.statusCode()).as("status").isEqualTo(status);
    assertThat(response.header("Wams-Betrokkenen")).isNull();
    Optional<Shape> shape = op.response(status);
    if (shape.isEmpty()) {
      return;
    }
    JsonNode expected = SpecBackend.fullest(shape.get());
    List<String> forbidden = new ArrayList<>();
    expect(expected, shape.get(), op.component(), rol, "", false, forbidden);
    JsonNode actual = JSON.readTree(response.asByteArray());
    assertThat(actual).as("the role's view of " + op.operationId()).isEqualTo(expected);
    List<String> leaked = new ArrayList<>();
    for (String field : forbidden) {
      if (actual.at(field).isMissingNode() == false) {
        leaked.add(field);
      }
    }
    assertThat(leaked).as("fields outside the view").isEmpty();
  }

  /**
   * The oracle: removes from the fullest body what the policy data say the role may not see,
   * written from the policy's own terms (categories, exceptions, enforcement) and independent of
   * the gateway's code. A container the role may not see stays only for fields an exception shows
   * inside it.
   */
  static boolean expect(
      JsonNode value,
      Shape shape,
      String component,
      ViewPolicy.Rol rol,
      String pointer,
      boolean onlyExceptions,
      List<String> removed) {
    if (value.isArray()) {
      boolean any = false;
      for (int i = 0; i < value.size(); i++) {
        any |=
            expect(
                value.get(i),
                shape.items(),
                component,
                rol,
                pointer + "/" + i,
                onlyExceptions,
                removed);
      }
      return any;
    }
    if (!value.isObject()) {
      return !onlyExceptions;
    }
    for (Shape.Field field : shape.properties().values()) {
      String at = pointer + "/" + field.name();
      if (!value.has(field.name())) {
        continue;
      }
      Boolean exception = exception(rol, component, field);
      boolean visible =
          onlyExceptions ? Boolean.TRUE.equals(exception) : sees(rol, component, field);
      JsonNode child = value.get(field.name());
      if (visible) {
        expect(child, field.shape(), component, rol, at, false, removed);
      } else if (!(child.isContainerNode()
          && expect(child, field.shape(), component, rol, at, true, removed))) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) value).remove(field.name());
        removed.add(at);
      }
    }
    return !value.isEmpty();
  }

  /** What an exception of the role says about the field (null: none; never past the law). */
  static Boolean exception(ViewPolicy.Rol rol, String component, Shape.Field field) {
    for (ViewPolicy.Uitzondering u : rol.uitzonderingen()) {
      if (u.component().equals(component)
          && u.schema().equals(field.owner())
          && u.veld().equals(field.name())) {
        return u.zichtbaar() && !forbiddenByLaw(rol, field);
      }
    }
    return null;
  }

  static boolean forbiddenByLaw(ViewPolicy.Rol rol, Shape.Field field) {
    String category = field.category() == null ? null : field.category().code();
    boolean special = "gezondheid".equals(category) || "strafrechtelijk".equals(category);
    boolean lawAllows =
        rol.domeinwet().map(w -> w.categorieen().contains(field.category())).orElse(false);
    return rol.handhavend() && special && !lawAllows;
  }

  static boolean sees(ViewPolicy.Rol rol, String component, Shape.Field field) {
    Boolean exception = exception(rol, component, field);
    if (exception != null) {
      return exception;
    }
    return !forbiddenByLaw(rol, field)
        && field.category() != null
        && rol.categorieen().contains(field.category());
  }
}
