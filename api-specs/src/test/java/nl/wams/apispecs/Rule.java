package nl.wams.apispecs;

/** The API rules every spec must follow, numbered as in README.md. */
enum Rule {
  PARSES(1, "parses as OpenAPI 3.0"),
  SERVER_AND_VERSION(2, "server and version"),
  OPERATIONS_AND_PATHS(3, "operationIds and paths"),
  API_VERSION_HEADER(4, "API-Version header"),
  PROBLEM_ERRORS(5, "errors are problem+json"),
  NO_PERSONAL_DATA_IN_URL(6, "no personal data in URLs"),
  GEGEVENSCATEGORIE(7, "x-gegevenscategorie"),
  REQUEST_MEDIA_TYPE(8, "request media type"),
  TYPED_FORMAT_CONSTRAINTS(9, "no string constraints on typed formats");

  private final int number;
  private final String title;

  Rule(int number, String title) {
    this.number = number;
    this.title = title;
  }

  @Override
  public String toString() {
    return "rule " + number + " (" + title + ")";
  }
}
