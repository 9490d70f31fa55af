package nl.wams.verslag.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;

/** Content negotiation between JSON and one other format (PDF, CSV) by the Accept header. */
final class Formaat {

  private Formaat() {}

  /** True when the caller prefers {@code ander} over JSON; 406 when it accepts neither. */
  static boolean wil(HttpHeaders headers, MediaType ander) {
    List<MediaType> geaccepteerd = headers.getAcceptableMediaTypes();
    for (MediaType type : geaccepteerd) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (type.isCompatible(ander)) {
        return true;
      }
    }
    throw new ProblemException(
        ProblemType.NOT_ACCEPTABLE,
        "Dit is er als application/json of " + ander.getType() + "/" + ander.getSubtype() + ".");
  }
}
