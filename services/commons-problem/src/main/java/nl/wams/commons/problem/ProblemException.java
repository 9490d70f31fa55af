package nl.wams.commons.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by application code to answer with a problem; mapped by {@link ProblemExceptionMappers}.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<InvalidParam> invalidParams;
  private final Duration retryAfter;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<InvalidParam> invalidParams) {
    this(type, detail, invalidParams, null);
  }

  private ProblemException(
      ProblemType type, String detail, List<InvalidParam> invalidParams, Duration retryAfter) {
    super(detail, null, false, false);
    this.type = type;
    this.invalidParams = List.copyOf(invalidParams);
    this.retryAfter = retryAfter;
  }

  /** 503 with a {@code Retry-After} header: a part this answer needs is away for now. */
  public static ProblemException unavailable(String detail, Duration retryAfter) {
    return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail, List.of(), retryAfter);
  }

  public static ProblemException invalid(List<InvalidParam> invalidParams) {
    return new ProblemException(
        ProblemType.INVALID_INPUT, "De invoer voldoet niet aan de regels.", invalidParams);
  }

  public static ProblemException invalid(String name, String code, String reason) {
    return invalid(List.of(new InvalidParam(name, code, reason)));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(ProblemType.NOT_FOUND, detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public ProblemType type() {
    return type;
  }

  /** How long the client should wait before trying again, if the answer says so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public List<InvalidParam> invalidParams() {
    return invalidParams;
  }

  public Problem toProblem(String instance) {
    return new Problem(
        type.uri(), type.title(), type.status(), getMessage(), instance, invalidParams);
  }
}
