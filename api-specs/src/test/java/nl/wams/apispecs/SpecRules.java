package nl.wams.apispecs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API rules of the Wams suite (README.md), checked on the specs as written.
 *
 * <p>Only rule 1 uses swagger-parser. Every other rule reads the raw YAML tree: the parser's model
 * silently drops the siblings of a bare {@code $ref} (so an {@code x-gegevenscategorie} beside it
 * would vanish unreported), and the raw tree gives the JSON pointer of each violation for free.
 */
final class SpecRules {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          // Otherwise a duplicated key (two `get:` in one path) silently keeps the last one.
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Set<String> METHODS_WITH_BODY = Set.of("post", "put", "patch");

  private static final Pattern OPENAPI_3_0 = Pattern.compile("3\\.0\\.\\d+");
  private static final Pattern FULL_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Pattern PATH_SEGMENT =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*|_zoek|\\{[^{}/]+}");

  private static final String PERSONAL_DATA_WORDS =
      "bsn|burgerservicenummer|naam|name|geboortedatum|birth|adres|address|email|telefoon|phone"
          + "|postcode";
  // Names are matched anywhere, to catch compounds such as `achternaam` or `betrokkeneBsn`.
  private static final Pattern PERSONAL_DATA_IN_NAME =
      Pattern.compile(PERSONAL_DATA_WORDS, Pattern.CASE_INSENSITIVE);
  // Descriptions are prose: match at the start of a word, so `deelname` or `opname` do not count.
  private static final Pattern PERSONAL_DATA_IN_DESCRIPTION =
      Pattern.compile("\\b(" + PERSONAL_DATA_WORDS + ")", Pattern.CASE_INSENSITIVE);
  private static final String BSN_PATTERN = "^[0-9]{9}$";

  private static final String API_VERSION = "API-Version";
  private static final String API_VERSION_REF = "#/components/headers/API-Version";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final List<String> PROBLEM_PROPERTIES =
      List.of("type", "title", "status", "detail", "instance", "invalidParams");
  private static final List<String> INVALID_PARAM_PROPERTIES = List.of("name", "code", "reason");
  private static final Set<String> REQUEST_MEDIA_TYPES =
      Set.of(
          "application/json",
          "application/merge-patch+json",
          // Events between services arrive as structured CloudEvents.
          "application/cloudevents+json");
  private static final String CATEGORY = "x-gegevenscategorie";

  private final Spec spec;
  private final Set<Violation> violations;
  private final Map<String, String> operationIds;
  private JsonNode root = MissingNode.getInstance();

  private SpecRules(Spec spec, Set<Violation> violations, Map<String, String> operationIds) {
    this.spec = spec;
    this.violations = violations;
    this.operationIds = operationIds;
  }

  /** Checks the specs together, because operationIds must be unique across all of them. */
  static List<Violation> check(List<Spec> specs) {
    // A set: a shared component (say components/responses/Error) is reported once, where to fix it.
    Set<Violation> violations = new LinkedHashSet<>();
    Map<String, String> operationIds = new HashMap<>();
    for (Spec spec : specs) {
      new SpecRules(spec, violations, operationIds).check();
    }
    return List.copyOf(violations);
  }

  private void check() {
    // The other rules assume a well-formed 3.0 document; on a broken one they would only add noise.
    if (!parses()) {
      return;
    }
    checkServerAndVersion();
    root.path("components")
        .path("schemas")
        .properties()
        .forEach(s -> checkSchema(s.getValue(), "/components/schemas/" + escape(s.getKey())));
    root.path("paths").properties().forEach(path -> checkPath(path.getKey(), path.getValue()));
  }

  // Rule 1
  private boolean parses() {
    try {
      root = YAML.readTree(spec.yaml());
    } catch (JsonProcessingException e) {
      report(Rule.PARSES, "", "is not valid YAML: " + e.getOriginalMessage());
      return false;
    }
    if (root == null || !root.isObject()) {
      report(Rule.PARSES, "", "is not a YAML mapping");
      return false;
    }
    boolean ok = true;
    String version = root.path("openapi").asText();
    if (!OPENAPI_3_0.matcher(version).matches()) {
      report(Rule.PARSES, "/openapi", "must be OpenAPI 3.0.x, is '" + version + "'");
      ok = false;
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(false); // the spec must be valid as written, not after inlining
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(spec.yaml(), null, options);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    for (String message : messages) {
      report(Rule.PARSES, "", "parser: " + message);
      ok = false;
    }
    if (result.getOpenAPI() == null && messages.isEmpty()) {
      report(Rule.PARSES, "", "the parser could not read it");
      ok = false;
    }
    return ok;
  }

  // Rule 2
  private void checkServerAndVersion() {
    String expected = "/" + spec.component() + "/v1";
    JsonNode servers = root.path("servers");
    if (servers.size() != 1) {
      report(Rule.SERVER_AND_VERSION, "/servers", "must list exactly one server: " + expected);
    } else if (!expected.equals(servers.get(0).path("url").asText())) {
      String url = servers.get(0).path("url").asText();
      report(
          Rule.SERVER_AND_VERSION, "/servers/0/url", "must be " + expected + ", is '" + url + "'");
    }
    String version = root.path("info").path("version").asText();
    if (!FULL_VERSION.matcher(version).matches()) {
      report(
          Rule.SERVER_AND_VERSION,
          "/info/version",
          "must be a full version x.y.z (it is the API-Version header), is '" + version + "'");
    }
  }

  // Rule 3 (paths); the operations below it carry the other per-operation rules.
  private void checkPath(String path, JsonNode item) {
    String pointer = "/paths/" + escape(path);
    if (path.endsWith("/")) {
      report(Rule.OPERATIONS_AND_PATHS, pointer, "path '" + path + "' has a trailing slash");
    }
    for (String segment : path.replaceFirst("^/", "").split("/")) {
      if (!segment.isEmpty() && !PATH_SEGMENT.matcher(segment).matches()) {
        report(
            Rule.OPERATIONS_AND_PATHS,
            pointer,
            "segment '" + segment + "' is not kebab-case (nor _zoek or a {parameter})");
      }
    }
    checkParameters(item.path("parameters"), pointer + "/parameters");
    for (String method : METHODS) {
      if (item.has(method)) {
        checkOperation(method, item.get(method), pointer + "/" + method);
      }
    }
  }

  private void checkOperation(String method, JsonNode operation, String pointer) {
    checkOperationId(operation, pointer);
    checkParameters(operation.path("parameters"), pointer + "/parameters");
    if (operation.has("requestBody")) {
      Located body = resolve(operation.get("requestBody"), pointer + "/requestBody");
      if (METHODS_WITH_BODY.contains(method)) {
        checkRequestMediaTypes(body);
      }
      checkInlineSchemas(body);
    }
    operation
        .path("responses")
        .properties()
        .forEach(
            entry -> {
              String status = entry.getKey();
              Located response =
                  resolve(entry.getValue(), pointer + "/responses/" + escape(status));
              checkApiVersionHeader(response);
              if (status.equals("default") || status.startsWith("4") || status.startsWith("5")) {
                checkProblemResponse(response);
              }
              checkInlineSchemas(response);
            });
  }

  // Rule 3 (operationIds): clients and tests look operations up by id, across components.
  private void checkOperationId(JsonNode operation, String pointer) {
    String id = operation.path("operationId").asText();
    if (id.isBlank()) {
      report(Rule.OPERATIONS_AND_PATHS, pointer, "has no operationId");
      return;
    }
    String first = operationIds.putIfAbsent(id, spec.file() + "#" + pointer);
    if (first != null) {
      report(
          Rule.OPERATIONS_AND_PATHS,
          pointer + "/operationId",
          "operationId '" + id + "' is already used at " + first);
    }
  }

  // Rule 4
  private void checkApiVersionHeader(Located response) {
    JsonNode header = response.node().path("headers").path(API_VERSION);
    if (header.isMissingNode()) {
      report(
          Rule.API_VERSION_HEADER,
          response.pointer() + "/headers",
          "the response does not declare the " + API_VERSION + " header");
    } else if (header.has("$ref") && !header.get("$ref").asText().equals(API_VERSION_REF)) {
      report(
          Rule.API_VERSION_HEADER,
          response.pointer() + "/headers/" + API_VERSION,
          "must be declared inline or as $ref " + API_VERSION_REF);
    }
  }

  // Rule 5
  private void checkProblemResponse(Located response) {
    String pointer = response.pointer() + "/content";
    JsonNode content = response.node().path("content");
    if (content.size() != 1 || !content.has(PROBLEM_JSON)) {
      report(
          Rule.PROBLEM_ERRORS,
          pointer,
          "an error response must have content " + PROBLEM_JSON + " only, has " + keys(content));
    }
    if (content.has(PROBLEM_JSON)) {
      JsonNode schema = content.get(PROBLEM_JSON).path("schema");
      if (schema.path("$ref").asText().equals(PROBLEM_REF)) {
        checkProblemSchema();
      } else {
        report(
            Rule.PROBLEM_ERRORS,
            pointer + "/" + escape(PROBLEM_JSON) + "/schema",
            "must be $ref " + PROBLEM_REF);
      }
    }
  }

  private void checkProblemSchema() {
    String pointer = "/components/schemas/Problem/properties";
    JsonNode properties = root.at(pointer);
    requireProperties(properties, pointer, "Problem", PROBLEM_PROPERTIES);
    if (properties.has("invalidParams")) {
      Located items =
          resolve(properties.get("invalidParams").path("items"), pointer + "/invalidParams/items");
      requireProperties(
          items.node().path("properties"),
          items.pointer() + "/properties",
          "the items of invalidParams",
          INVALID_PARAM_PROPERTIES);
    }
  }

  private void requireProperties(
      JsonNode properties, String pointer, String what, List<String> names) {
    for (String name : names) {
      if (!properties.has(name)) {
        report(Rule.PROBLEM_ERRORS, pointer, what + " must have the property '" + name + "'");
      }
    }
  }

  // Rule 6: URLs end up in access logs, browser histories and proxies; bodies do not.
  private void checkParameters(JsonNode parameters, String pointer) {
    for (int i = 0; i < parameters.size(); i++) {
      Located parameter = resolve(parameters.get(i), pointer + "/" + i);
      JsonNode node = parameter.node();
      String in = node.path("in").asText();
      if (!in.equals("path") && !in.equals("query")) {
        continue;
      }
      String name = node.path("name").asText();
      Matcher inName = PERSONAL_DATA_IN_NAME.matcher(name);
      if (inName.find()) {
        reportPersonalData(
            parameter, "/name", in, name, "its name mentions '" + inName.group() + "'");
      }
      Matcher inDescription =
          PERSONAL_DATA_IN_DESCRIPTION.matcher(node.path("description").asText());
      if (inDescription.find()) {
        reportPersonalData(
            parameter,
            "/description",
            in,
            name,
            "its description mentions '" + inDescription.group() + "'");
      }
      JsonNode schema = node.path("schema");
      boolean bsnSchema = schema.path("$ref").asText().endsWith("/schemas/Bsn");
      boolean bsnPattern = BSN_PATTERN.equals(resolve(schema, "").node().path("pattern").asText());
      if (bsnSchema || bsnPattern) {
        reportPersonalData(parameter, "/schema", in, name, "its schema is a BSN");
      }
    }
  }

  private void reportPersonalData(
      Located parameter, String field, String in, String name, String why) {
    report(
        Rule.NO_PERSONAL_DATA_IN_URL,
        parameter.pointer() + field,
        in
            + " parameter '"
            + name
            + "' looks like personal data ("
            + why
            + "); put it in the body of a POST .../_zoek");
  }

  // Rule 7: the gateway cuts every response to a role's categories; an unclassified field leaks.
  private void checkInlineSchemas(Located holder) {
    holder
        .node()
        .path("content")
        .properties()
        .forEach(
            media ->
                checkSchema(
                    media.getValue().path("schema"),
                    holder.pointer() + "/content/" + escape(media.getKey()) + "/schema"));
  }

  private void checkSchema(JsonNode schema, String pointer) {
    if (!schema.isObject() || schema.has("$ref")) {
      return; // a named schema is checked where it is defined
    }
    schema
        .path("properties")
        .properties()
        .forEach(
            property -> {
              String at = pointer + "/properties/" + escape(property.getKey());
              checkCategory(property.getValue(), at);
              checkTypedFormat(property.getValue(), at);
              checkSchema(property.getValue(), at);
            });
    checkSchema(schema.path("items"), pointer + "/items");
    checkSchema(schema.path("additionalProperties"), pointer + "/additionalProperties");
    checkSchema(schema.path("not"), pointer + "/not");
    for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
      JsonNode members = schema.path(combinator);
      for (int i = 0; i < members.size(); i++) {
        checkSchema(members.get(i), pointer + "/" + combinator + "/" + i);
      }
    }
  }

  private void checkCategory(JsonNode property, String pointer) {
    if (property.has("$ref")) {
      // OpenAPI 3.0 ignores every sibling of $ref, so a category beside it is lost.
      report(
          Rule.GEGEVENSCATEGORIE,
          pointer,
          "is a bare $ref; wrap it in allOf so " + CATEGORY + " is kept");
      return;
    }
    JsonNode category = property.path(CATEGORY);
    if (category.isMissingNode()) {
      report(Rule.GEGEVENSCATEGORIE, pointer, "has no " + CATEGORY);
    } else if (!category.isTextual() || Gegevenscategorie.fromCode(category.asText()).isEmpty()) {
      report(
          Rule.GEGEVENSCATEGORIE,
          pointer + "/" + CATEGORY,
          "'" + category.asText() + "' is not one of " + Gegevenscategorie.codes());
    }
  }

  // Rule 9: the generator maps these formats to URI, LocalDate, OffsetDateTime and UUID, on which a
  // length or pattern constraint is not a valid bean-validation constraint (a 500 at run time).
  private static final Set<String> TYPED_FORMATS = Set.of("uri", "date", "date-time", "uuid");

  private void checkTypedFormat(JsonNode property, String pointer) {
    if (!TYPED_FORMATS.contains(property.path("format").asText())) {
      return;
    }
    for (String constraint : List.of("minLength", "maxLength", "pattern")) {
      if (property.has(constraint)) {
        report(
            Rule.TYPED_FORMAT_CONSTRAINTS,
            pointer + "/" + constraint,
            "format '"
                + property.path("format").asText()
                + "' is not a string in the generated code; drop "
                + constraint);
      }
    }
  }

  // Rule 8
  private void checkRequestMediaTypes(Located body) {
    JsonNode content = body.node().path("content");
    if (content.isEmpty()) {
      report(Rule.REQUEST_MEDIA_TYPE, body.pointer() + "/content", "declares no media type");
    }
    for (String mediaType : keys(content)) {
      if (!REQUEST_MEDIA_TYPES.contains(mediaType)) {
        report(
            Rule.REQUEST_MEDIA_TYPE,
            body.pointer() + "/content/" + escape(mediaType),
            "request body must be application/json, application/merge-patch+json or application/cloudevents+json, not "
                + mediaType);
      }
    }
  }

  /** A node and the pointer where it is written, after following internal $refs. */
  private record Located(JsonNode node, String pointer) {}

  private Located resolve(JsonNode node, String pointer) {
    // The hop limit stops a $ref cycle; the parser has reported a dangling one already.
    for (int hops = 0; hops < 10 && node.has("$ref"); hops++) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        break;
      }
      pointer = ref.substring(1);
      node = root.at(pointer);
    }
    return new Located(node, pointer);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** JSON pointer escaping (RFC 6901): `~` becomes `~0`, `/` becomes `~1`. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private void report(Rule rule, String pointer, String message) {
    violations.add(new Violation(spec.file(), pointer, rule, message));
  }
}
