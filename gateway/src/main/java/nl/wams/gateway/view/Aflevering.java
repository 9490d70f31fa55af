package nl.wams.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a response delivered after the cut: the paths of its fields (dotted, arrays transparent, a
 * paged list's elements under {@code results}) and the categories of those fields. For the audit
 * trail and the Logboek's {@code gegevenscategorieen}.
 */
public record Aflevering(List<String> velden, List<String> categorieen) {

  public static final Aflevering NIETS = new Aflevering(List.of(), List.of());

  public static Aflevering van(JsonNode value, Shape shape) {
    TreeSet<String> velden = new TreeSet<>();
    TreeSet<String> categorieen = new TreeSet<>();
    verzamel(value, shape, "", velden, categorieen);
    return new Aflevering(List.copyOf(velden), List.copyOf(categorieen));
  }

  private static void verzamel(
      JsonNode value,
      Shape shape,
      String pad,
      TreeSet<String> velden,
      TreeSet<String> categorieen) {
    if (value == null || shape == null) {
      return;
    }
    if (value.isArray()) {
      Shape items = shape.isArray() ? shape.items() : shape;
      for (JsonNode element : value) {
        verzamel(element, items, pad, velden, categorieen);
      }
      return;
    }
    if (!value.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      Shape.Field field = shape.properties().get(entry.getKey());
      if (field == null || entry.getValue().isNull()) {
        continue;
      }
      String veld = pad.isEmpty() ? entry.getKey() : pad + "." + entry.getKey();
      JsonNode child = entry.getValue();
      boolean container =
          child.isObject()
              || child.isArray() && !field.shape().properties().isEmpty()
              || child.isArray()
                  && field.shape().isArray()
                  && !field.shape().items().properties().isEmpty();
      if (container) {
        verzamel(child, field.shape(), veld, velden, categorieen);
      } else {
        velden.add(veld);
        if (field.category() != null) {
          categorieen.add(field.category().code());
        }
      }
    }
  }
}
