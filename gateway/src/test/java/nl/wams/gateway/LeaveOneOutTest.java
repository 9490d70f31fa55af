package nl.wams.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.wams.gateway.view.Contract;
import nl.wams.gateway.view.Gegevenscategorie;
import nl.wams.gateway.view.Shape;
import nl.wams.gateway.view.ViewPolicy;
import nl.wams.gateway.view.Views;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Leave one out, generated from the default policy: take one grant away from a copy of the policy
 * and the gateway's tables built from that copy must stop showing it. A category removed → no field
 * of it remains in any answer of the role (exceptions aside); an operation removed → 403. And the
 * special categories over every role of the default policy, on a contract that has them.
 */
class LeaveOneOutTest {

  private static final List<Contract> CONTRACTS =
      SpecBackendResource.CONTRACTS.stream().map(Contract::load).toList();
  private static final ViewPolicy POLICY = ViewPolicy.standaard();
  private static final AtomicInteger FIELDS_THAT_DISAPPEARED = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> removingACategoryGrantRemovesItsFields() {
    return POLICY.rollen().values().stream()
        .flatMap(
            rol ->
                rol.categorieen().stream()
                    .map(
                        categorie ->
                            DynamicTest.dynamicTest(
                                rol.naam() + " without " + categorie.code(),
                                () -> withoutCategory(rol.naam(), categorie))));
  }

  private static void withoutCategory(String naam, Gegevenscategorie categorie) {
    ViewPolicy copy = POLICY.without(naam, categorie);
    Views views = Views.of(copy, CONTRACTS);
    ViewPolicy.Rol before = POLICY.rollen().get(naam);
    ViewPolicy.Rol after = copy.rollen().get(naam);
    for (Contract contract : CONTRACTS) {
      for (Contract.Operation op : contract.operations().values()) {
        if (!after.operaties().contains(op.operationId())) {
          continue;
        }
        Optional<Shape> shape = op.response(SpecBackend.successStatus(op));
        if (shape.isEmpty()) {
          continue;
        }
        JsonNode full = SpecBackend.fullest(shape.get());
        JsonNode was = full.deepCopy();
        Views.cut(was, shape.get(), op.component(), List.of(before));
        JsonNode now = full.deepCopy();
        Views.cut(now, shape.get(), op.component(), List.of(after));
        int had = count(was, shape.get(), categorie, after, op.component());
        assertThat(count(now, shape.get(), categorie, after, op.component()))
            .as(op.operationId() + ": fields of " + categorie.code() + " left")
            .isZero();
        FIELDS_THAT_DISAPPEARED.addAndGet(had);
      }
    }
    assertThat(views.policy().rollen().get(naam).categorieen()).doesNotContain(categorie);
  }

  /** Fields of this category in the body that no exception of the role shows. */
  private static int count(
      JsonNode value,
      Shape shape,
      Gegevenscategorie categorie,
      ViewPolicy.Rol rol,
      String component) {
    int n = 0;
    if (value.isArray()) {
      for (JsonNode element : value) {
        n += count(element, shape.items(), categorie, rol, component);
      }
      return n;
    }
    if (!value.isObject()) {
      return 0;
    }
    for (Shape.Field field : shape.properties().values()) {
      if (!value.has(field.name())) {
        continue;
      }
      boolean excepted =
          rol.uitzonderingen().stream()
              .anyMatch(
                  u ->
                      u.component().equals(component)
                          && u.schema().equals(field.owner())
                          && u.veld().equals(field.name()));
      if (field.category() == categorie && !excepted) {
        n++;
      }
      n += count(value.get(field.name()), field.shape(), categorie, rol, component);
    }
    return n;
  }

  @AfterAll
  static void theRemovalsWereNotVacuous() {
    assertThat(FIELDS_THAT_DISAPPEARED.get()).isGreaterThan(100);
  }

  @TestFactory
  Stream<DynamicTest> removingAnOperationForbidsIt() {
    return POLICY.rollen().values().stream()
        .flatMap(
            rol ->
                rol.operaties().stream()
                    .map(
                        op ->
                            DynamicTest.dynamicTest(
                                rol.naam() + " without " + op,
                                () -> {
                                  Views views = Views.of(POLICY.without(rol.naam(), op), CONTRACTS);
                                  Contract.Operation operation = operation(views, op);
                                  String doel = rol.verwerkingsactiviteiten().iterator().next();
                                  assertThat(
                                          Views.of(POLICY, CONTRACTS)
                                              .beslis(Set.of(rol.naam()), operation, doel))
                                      .isInstanceOf(Views.Besluit.Toegestaan.class);
                                  assertThat(views.beslis(Set.of(rol.naam()), operation, doel))
                                      .isInstanceOf(Views.Besluit.OperatieNietToegestaan.class);
                                })));
  }

  private static Contract.Operation operation(Views views, String id) {
    return views.contracts().values().stream()
        .map(c -> c.operations().get(id))
        .filter(o -> o != null)
        .findFirst()
        .orElseThrow();
  }

  /** Every role of the default policy, on a contract with health and criminal data. */
  @Test
  void enforcementRolesNeverSeeHealthOrCriminalDataWithoutTheirDomainLaw() {
    Contract proef = Contract.load("proef");
    Shape dossier = proef.schemas().get("Dossier");
    for (ViewPolicy.Rol rol : POLICY.rollen().values()) {
      JsonNode body = SpecBackend.fullest(dossier);
      Views.cut(body, dossier, "proef", List.of(rol));
      boolean gezondheid =
          body.has("diagnose") || body.at("/problemen/0/medischeToelichting").isTextual();
      boolean strafrechtelijk = body.has("antecedenten");
      if (rol.handhavend()) {
        Set<Gegevenscategorie> wet =
            rol.domeinwet().map(ViewPolicy.Domeinwet::categorieen).orElse(Set.of());
        assertThat(gezondheid)
            .as(rol.naam() + " gezondheid")
            .isEqualTo(wet.contains(Gegevenscategorie.GEZONDHEID));
        assertThat(strafrechtelijk)
            .as(rol.naam() + " strafrechtelijk")
            .isEqualTo(wet.contains(Gegevenscategorie.STRAFRECHTELIJK));
      } else {
        assertThat(gezondheid).isEqualTo(rol.categorieen().contains(Gegevenscategorie.GEZONDHEID));
      }
    }
    assertThat(POLICY.rollen().get("partner-politie").handhavend()).isTrue();
    assertThat(POLICY.rollen().values().stream().filter(ViewPolicy.Rol::handhavend))
        .hasSizeGreaterThan(2);
  }
}
