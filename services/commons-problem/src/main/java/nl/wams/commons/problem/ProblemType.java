package nl.wams.commons.problem;

/**
 * The closed list of problems the suite answers with. Every status a service may return has one
 * entry, so a new kind of error forces a decision about its status and wording here, in one place.
 */
public enum ProblemType {
  INVALID_INPUT(400, "ongeldige-invoer", "Ongeldige invoer"),
  UNAUTHORIZED(401, "niet-geauthenticeerd", "Niet geauthenticeerd"),
  FORBIDDEN(403, "geen-toegang", "Geen toegang"),
  NOT_FOUND(404, "niet-gevonden", "Niet gevonden"),
  METHOD_NOT_ALLOWED(405, "methode-niet-toegestaan", "Methode niet toegestaan"),
  NOT_ACCEPTABLE(406, "niet-acceptabel", "Gevraagd formaat niet beschikbaar"),
  CONFLICT(409, "conflict", "Conflict met de huidige toestand"),
  PRECONDITION_FAILED(412, "verouderde-versie", "Verouderde versie"),
  PAYLOAD_TOO_LARGE(413, "te-groot", "Verzoek te groot"),
  UNSUPPORTED_MEDIA_TYPE(415, "mediatype-niet-ondersteund", "Mediatype niet ondersteund"),
  IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-hergebruikt", "Idempotency-Key al gebruikt"),
  PRECONDITION_REQUIRED(428, "if-match-ontbreekt", "If-Match ontbreekt"),
  TOO_MANY_REQUESTS(429, "te-veel-verzoeken", "Te veel verzoeken"),
  INTERNAL_ERROR(500, "interne-fout", "Interne fout"),
  SERVICE_UNAVAILABLE(503, "niet-beschikbaar", "Tijdelijk niet beschikbaar"),
  GATEWAY_TIMEOUT(504, "time-out", "Time-out");

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String uri() {
    return "urn:wams:probleem:" + slug;
  }

  /** The problem type for an HTTP status, for errors raised outside the suite's own code. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : INVALID_INPUT;
  }

  public Problem problem(String detail, String instance) {
    return new Problem(uri(), title, status, detail, instance, java.util.List.of());
  }
}
