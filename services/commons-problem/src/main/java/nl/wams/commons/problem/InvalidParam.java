package nl.wams.commons.problem;

/**
 * One invalid input of a request: the field (dotted JSON path, e.g. {@code betrokkene.bsn}) or
 * parameter name, a machine-readable code and a human-readable reason. The reason never repeats the
 * submitted value, so no personal data leaks into error bodies or logs.
 */
public record InvalidParam(String name, String code, String reason) {

  public static final String REQUIRED = "required";
  public static final String INVALID = "invalid";
  public static final String UNKNOWN_FIELD = "unknown-field";
  public static final String INVALID_JSON = "invalid-json";
}
