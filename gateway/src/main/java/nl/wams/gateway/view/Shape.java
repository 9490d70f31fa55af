package nl.wams.gateway.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of a JSON value as a contract describes it, with {@code $ref} and {@code allOf} (and
 * {@code oneOf}/{@code anyOf}) resolved: an object's properties, an array's items, or a scalar.
 * Mutable only while {@link Contract} builds it (recursive schemas refer to themselves).
 */
public final class Shape {

  /** One property: its name, category (null when the contract has none), owning schema, shape. */
  public record Field(String name, Gegevenscategorie category, String owner, Shape shape) {}

  private final Map<String, Field> properties = new LinkedHashMap<>();
  private Shape items;

  public Map<String, Field> properties() {
    return properties;
  }

  /** The shape of the elements when this is an array, else null. */
  public Shape items() {
    return items;
  }

  void items(Shape items) {
    this.items = items;
  }

  void add(Field field) {
    properties.putIfAbsent(field.name(), field);
  }

  public boolean isArray() {
    return items != null;
  }

  /**
   * The shape a dotted path leads to (arrays are transparent), or null when the path is unknown.
   */
  public Field find(String dottedPath) {
    Shape shape = this;
    Field field = null;
    for (String segment : dottedPath.split("\\.", -1)) {
      while (shape.isArray()) {
        shape = shape.items();
      }
      field = shape.properties().get(segment);
      if (field == null) {
        return null;
      }
      shape = field.shape();
    }
    return field;
  }

  /** A paged list: the root object carries its resources in {@code results} (ADR paging). */
  public Shape pageItems() {
    Field results = properties.get("results");
    return results != null && results.shape().isArray() ? results.shape().items() : null;
  }
}
