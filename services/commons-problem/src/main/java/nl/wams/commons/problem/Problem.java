package nl.wams.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every error response: RFC 9457 problem details with the ADR's invalidParams. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidParam> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
