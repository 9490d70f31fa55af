package nl.wams.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One component's contract ({@code <component>/openapi.yaml}) as the gateway needs it: its
 * operations (method, path, operationId) and the shapes of their JSON request and response bodies
 * with the {@code x-gegevenscategorie} of every property.
 *
 * <p>Read from the raw YAML rather than through an OpenAPI parser: the category of a property that
 * refers to another schema sits beside its {@code allOf}, which parsers drop (api-specs/README.md).
 */
public final class Contract {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String SCHEMAS = "#/components/schemas/";
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  /** An operation of the contract. {@code request} is null without a JSON body. */
  public record Operation(
      String component,
      String operationId,
      String method,
      String path,
      Pattern pattern,
      int literalSegments,
      Shape request,
      Map<String, Shape> responses) {

    public boolean isRead() {
      return method.equals("GET");
    }

    /** The shape of the JSON body answered with this status, falling back to {@code default}. */
    public Optional<Shape> response(int status) {
      Shape shape = responses.get(String.valueOf(status));
      if (shape == null) {
        shape = responses.get(status / 100 + "XX");
      }
      if (shape == null && !responses.containsKey(String.valueOf(status))) {
        shape = responses.get("default");
      }
      return Optional.ofNullable(shape);
    }
  }

  private final String component;
  private final String basePath;
  private final JsonNode root;
  private final Map<String, Shape> named = new HashMap<>();
  private final Map<String, Operation> operations = new LinkedHashMap<>();

  /** {@code info.version}: what the {@code API-Version} header says. */
  public String version() {
    return root.path("info").path("version").asText();
  }

  private Contract(String component, JsonNode root) {
    this.component = component;
    this.root = root;
    this.basePath = root.path("servers").path(0).path("url").asText("/" + component + "/v1");
    root.path("components").path("schemas").fieldNames().forEachRemaining(this::named);
    readOperations();
  }

  /** Reads {@code <component>/openapi.yaml} from the classpath (the api-specs jar). */
  public static Contract load(String component) {
    String resource = component + "/openapi.yaml";
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No contract " + resource + " on the classpath");
      }
      return new Contract(component, YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  public String component() {
    return component;
  }

  /** {@code /<component>/v1}. */
  public String basePath() {
    return basePath;
  }

  public Map<String, Operation> operations() {
    return operations;
  }

  /** The named schemas of {@code components/schemas}, resolved. */
  public Map<String, Shape> schemas() {
    return named;
  }

  private void readOperations() {
    for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null || !operation.hasNonNull("operationId")) {
          continue;
        }
        String id = operation.get("operationId").asText();
        Shape request = json(operation.path("requestBody").path("content"));
        Map<String, Shape> responses = new LinkedHashMap<>();
        operation
            .path("responses")
            .fields()
            .forEachRemaining(
                response -> {
                  JsonNode body = resolve(response.getValue());
                  Shape shape = json(body.path("content"));
                  if (shape != null) {
                    responses.put(response.getKey(), shape);
                  }
                });
        String[] segments = path.getKey().substring(1).split("/");
        StringBuilder regex = new StringBuilder(Pattern.quote(basePath));
        int literal = 0;
        for (String segment : segments) {
          if (segment.startsWith("{")) {
            regex.append("/[^/]+");
          } else {
            regex.append('/').append(Pattern.quote(segment));
            literal++;
          }
        }
        operations.put(
            id,
            new Operation(
                component,
                id,
                method.toUpperCase(Locale.ROOT),
                basePath + path.getKey(),
                Pattern.compile(regex.toString()),
                literal,
                request,
                Map.copyOf(responses)));
      }
    }
  }

  /** The shape of the JSON content of a request body or response, if it has one. */
  private Shape json(JsonNode content) {
    JsonNode json = content.get("application/json");
    if (json == null) {
      json = content.get("application/merge-patch+json");
    }
    return json == null || !json.has("schema") ? null : shape(json.get("schema"));
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException(component + ": only local $ref is supported: " + ref);
      }
      JsonNode target = root;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part.replace("~1", "/").replace("~0", "~"));
      }
      current = target;
    }
    return current;
  }

  private Shape named(String name) {
    Shape known = named.get(name);
    if (known != null) {
      return known;
    }
    Shape shape = new Shape();
    named.put(name, shape);
    fill(shape, root.path("components").path("schemas").path(name), name);
    return shape;
  }

  private Shape shape(JsonNode schema) {
    if (schema.has("$ref") && schema.get("$ref").asText().startsWith(SCHEMAS)) {
      return named(schema.get("$ref").asText().substring(SCHEMAS.length()));
    }
    Shape shape = new Shape();
    fill(shape, resolve(schema), null);
    return shape;
  }

  private void fill(Shape shape, JsonNode schema, String owner) {
    if (schema.has("$ref")) {
      Shape target = shape(schema);
      target.properties().values().forEach(shape::add);
      if (target.isArray()) {
        shape.items(target.items());
      }
      return;
    }
    if (schema.has("items")) {
      shape.items(shape(schema.get("items")));
    }
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            property -> {
              JsonNode value = property.getValue();
              Gegevenscategorie category =
                  Gegevenscategorie.fromCode(value.path("x-gegevenscategorie").asText(""))
                      .orElse(null);
              shape.add(new Shape.Field(property.getKey(), category, owner, shape(value)));
            });
    for (String composition : List.of("allOf", "oneOf", "anyOf")) {
      for (JsonNode member : schema.path(composition)) {
        Shape part;
        if (member.has("$ref")) {
          part = shape(member);
        } else {
          part = new Shape();
          fill(part, member, owner);
        }
        part.properties().values().forEach(shape::add);
        if (part.isArray() && !shape.isArray()) {
          shape.items(part.items());
        }
      }
    }
  }
}
