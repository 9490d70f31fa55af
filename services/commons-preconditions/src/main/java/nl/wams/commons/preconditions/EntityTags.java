package nl.wams.commons.preconditions;

import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;

/**
 * ETags from an entity's optimistic-lock version, and the If-Match check every update goes through:
 * no If-Match → 428, an If-Match that names no current version → 412. Weak tags compare by their
 * opaque value (RFC 9110 weak comparison would be wrong for writes, but a proxy may weaken a tag).
 */
public final class EntityTags {

  private EntityTags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Stuur de ETag van de versie die u wijzigt mee in de header If-Match.");
    }
    if (!matches(ifMatch, currentVersion)) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "De resource is intussen gewijzigd. Haal de actuele versie op en probeer het opnieuw.");
    }
  }

  static boolean matches(String ifMatch, long currentVersion) {
    String current = of(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(current)) {
        return true;
      }
    }
    return false;
  }
}
