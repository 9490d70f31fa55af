package nl.wams.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wams.commons.problem.InvalidParam;

/**
 * The gateway's runtime tables, derived from the view policy and the contracts: which operation a
 * request is, whether the caller's roles may call it for the named processing activity, and the
 * cutting of bodies to the roles' view.
 */
public final class Views {

  /** Code of an {@link InvalidParam} for a field the caller's role may not set. */
  public static final String NOT_ALLOWED = "not-allowed";

  private final ViewPolicy policy;
  private final Map<String, Contract> contracts = new LinkedHashMap<>();
  private final Map<String, List<Contract.Operation>> byComponent = new LinkedHashMap<>();

  private Views(ViewPolicy policy, Collection<Contract> contracts) {
    this.policy = policy;
    for (Contract contract : contracts) {
      this.contracts.put(contract.component(), contract);
      List<Contract.Operation> ops = new ArrayList<>(contract.operations().values());
      // A literal segment beats a parameter: /aanmeldingen/_zoek before /aanmeldingen/{uuid}.
      ops.sort(Comparator.comparingInt(Contract.Operation::literalSegments).reversed());
      byComponent.put(contract.component(), List.copyOf(ops));
    }
  }

  /**
   * The tables for this policy and these contracts.
   *
   * @throws IllegalArgumentException naming every problem {@link PolicyCheck} finds
   */
  public static Views of(ViewPolicy policy, Collection<Contract> contracts) {
    List<String> errors = PolicyCheck.check(policy, contracts);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "The view policy does not fit the contracts:\n  " + String.join("\n  ", errors));
    }
    return new Views(policy, contracts);
  }

  public ViewPolicy policy() {
    return policy;
  }

  public Map<String, Contract> contracts() {
    return contracts;
  }

  /** The operation of the contract of {@code component} that this method and path call. */
  public Optional<Contract.Operation> operation(String component, String method, String path) {
    for (Contract.Operation op : byComponent.getOrDefault(component, List.of())) {
      if (op.method().equals(method) && op.pattern().matcher(path).matches()) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** The outcome of authorising one request. */
  public sealed interface Besluit {
    /** Allowed; the view is the union of these roles' views. */
    record Toegestaan(List<ViewPolicy.Rol> rollen) implements Besluit {}

    record DoelOntbreekt() implements Besluit {}

    record OperatieNietToegestaan() implements Besluit {}

    record DoelNietToegestaan() implements Besluit {}
  }

  /**
   * Whether a caller with these roles may call this operation for this processing activity. Only
   * the roles that grant both the operation and the activity make up the view, so a second role of
   * the same person never widens what the first may see for its own purpose.
   */
  public Besluit beslis(Set<String> rollen, Contract.Operation op, String activiteit) {
    if (activiteit == null || activiteit.isBlank()) {
      return new Besluit.DoelOntbreekt();
    }
    List<ViewPolicy.Rol> metOperatie =
        rollen.stream()
            .map(policy.rollen()::get)
            .filter(r -> r != null && r.operaties().contains(op.operationId()))
            .toList();
    if (metOperatie.isEmpty()) {
      return new Besluit.OperatieNietToegestaan();
    }
    List<ViewPolicy.Rol> metDoel =
        metOperatie.stream()
            .filter(r -> r.verwerkingsactiviteiten().contains(activiteit.trim()))
            .toList();
    return metDoel.isEmpty() ? new Besluit.DoelNietToegestaan() : new Besluit.Toegestaan(metDoel);
  }

  /**
   * Removes, at every depth, what the roles may not see: fields whose category is outside their
   * view (unless an exception shows them) and fields the contract does not describe at all. A
   * container the roles may not see stays only for the fields inside it that an exception shows
   * (e.g. {@code Melder.soort} without the rest of the melder).
   */
  public static void cut(
      JsonNode value, Shape shape, String component, List<ViewPolicy.Rol> rollen) {
    cut(value, shape, component, rollen, false);
  }

  private static boolean cut(
      JsonNode value,
      Shape shape,
      String component,
      List<ViewPolicy.Rol> rollen,
      boolean alleenUitzonderingen) {
    if (value == null || shape == null) {
      return false;
    }
    if (value.isArray()) {
      Shape items = shape.isArray() ? shape.items() : shape;
      boolean kept = false;
      for (JsonNode element : value) {
        kept |= cut(element, items, component, rollen, alleenUitzonderingen);
      }
      return kept;
    }
    if (!(value instanceof ObjectNode object)) {
      return !alleenUitzonderingen;
    }
    for (String name : List.copyOf(iterable(object))) {
      Shape.Field field = shape.properties().get(name);
      if (field == null) {
        object.remove(name);
      } else if (zichtbaar(field, component, rollen, alleenUitzonderingen)) {
        cut(object.get(name), field.shape(), component, rollen, false);
      } else if (!(object.get(name).isContainerNode()
          && cut(object.get(name), field.shape(), component, rollen, true))) {
        object.remove(name);
      }
    }
    return !object.isEmpty();
  }

  private static boolean zichtbaar(
      Shape.Field field,
      String component,
      List<ViewPolicy.Rol> rollen,
      boolean alleenUitzonderingen) {
    for (ViewPolicy.Rol r : rollen) {
      if (alleenUitzonderingen ? r.toontApart(component, field) : r.ziet(component, field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fields of a request body that the roles may not set: 400 with these, nothing forwarded.
   * Fields the contract does not know are left to the component, which rejects them itself.
   */
  public static List<InvalidParam> forbiddenWrites(
      JsonNode body, Shape shape, String component, List<ViewPolicy.Rol> rollen) {
    List<InvalidParam> invalid = new ArrayList<>();
    forbidden(body, shape, component, rollen, "", false, invalid);
    return invalid;
  }

  private static void forbidden(
      JsonNode value,
      Shape shape,
      String component,
      List<ViewPolicy.Rol> rollen,
      String path,
      boolean alleenUitzonderingen,
      List<InvalidParam> invalid) {
    if (value == null || shape == null) {
      return;
    }
    if (value.isArray()) {
      Shape items = shape.isArray() ? shape.items() : shape;
      for (int i = 0; i < value.size(); i++) {
        forbidden(
            value.get(i),
            items,
            component,
            rollen,
            path + "[" + i + "]",
            alleenUitzonderingen,
            invalid);
      }
      return;
    }
    if (value.isObject()) {
      for (String name : iterable((ObjectNode) value)) {
        Shape.Field field = shape.properties().get(name);
        JsonNode child = value.get(name);
        if (field == null || child.isNull()) {
          continue;
        }
        String fieldPath = path.isEmpty() ? name : path + "." + name;
        if (zichtbaar(field, component, rollen, alleenUitzonderingen)) {
          forbidden(child, field.shape(), component, rollen, fieldPath, false, invalid);
        } else if (!child.isEmpty()
            && (child.isObject() && !field.shape().properties().isEmpty()
                || child.isArray() && field.shape().isArray())) {
          forbidden(child, field.shape(), component, rollen, fieldPath, true, invalid);
        } else {
          invalid.add(
              new InvalidParam(
                  fieldPath, NOT_ALLOWED, "Uw rol mag dit gegeven niet vastleggen of wijzigen."));
        }
      }
    }
  }

  private static List<String> iterable(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
