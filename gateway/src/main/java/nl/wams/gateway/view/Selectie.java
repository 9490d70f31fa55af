package nl.wams.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wams.commons.problem.InvalidParam;

/**
 * The {@code fields} query parameter (NL API Design Rules, as in Haal Centraal): {@code
 * fields=a,b.c} keeps only {@code a} (whole) and {@code c} within {@code b}. Paths are relative to
 * the resource; for a paged list, to each resource in {@code results}, and the page's own fields
 * stay. A path the contract does not know is a 400. Selecting never shows more than the role's
 * view: the view is cut first.
 */
public final class Selectie {

  public static final String PARAMETER = "fields";

  /** Sub-selections by field name; empty means the whole value. */
  private final Map<String, Selectie> velden = new LinkedHashMap<>();

  /** Selected as a whole ({@code a,a.b} means all of {@code a}). */
  private boolean heel;

  private Selectie() {}

  /** The parsed selection, or the invalid paths (as {@link InvalidParam}s named {@code fields}). */
  public record Uitkomst(Selectie selectie, List<InvalidParam> ongeldig) {}

  public static Uitkomst parse(String fields, Shape response) {
    Selectie root = new Selectie();
    List<InvalidParam> ongeldig = new ArrayList<>();
    Shape resource = resource(response);
    for (String raw : fields.split(",")) {
      String path = raw.trim();
      if (path.isEmpty() || resource == null || resource.find(path) == null) {
        ongeldig.add(
            new InvalidParam(
                PARAMETER,
                InvalidParam.UNKNOWN_FIELD,
                "Het veld '" + path + "' bestaat niet in deze resource."));
        continue;
      }
      Selectie node = root;
      for (String segment : path.split("\\.")) {
        node = node.velden.computeIfAbsent(segment, s -> new Selectie());
      }
      node.heel = true;
    }
    return new Uitkomst(root, ongeldig);
  }

  private static Shape resource(Shape response) {
    if (response == null) {
      return null;
    }
    Shape items = response.pageItems();
    return items != null ? items : response;
  }

  /** Keeps only the selected fields of a response body of this shape. */
  public void apply(JsonNode body, Shape response) {
    if (response.pageItems() != null && body instanceof ObjectNode page) {
      JsonNode results = page.get("results");
      if (results != null) {
        results.forEach(this::keep);
      }
      return;
    }
    keep(body);
  }

  private void keep(JsonNode value) {
    if (heel || velden.isEmpty() || value == null) {
      return;
    }
    if (value.isArray()) {
      value.forEach(this::keep);
      return;
    }
    if (value instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        Selectie sub = velden.get(name);
        if (sub == null) {
          object.remove(name);
        } else {
          sub.keep(object.get(name));
        }
      }
    }
  }
}
