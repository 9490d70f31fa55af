package nl.wams.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Maps every exception that reaches the REST layer to a problem+json response. The priority is
 * raised above Quarkus' own mappers so that validation and JSON errors also get {@code
 * invalidParams}.
 */
public class ProblemExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
  private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

  @ServerExceptionMapper(priority = PRIORITY)
  public Response problem(ProblemException e, UriInfo uriInfo) {
    Problem problem = e.toProblem(instance(uriInfo));
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    e.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, wait.toSeconds())));
    return response.build();
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response constraintViolation(ConstraintViolationException e, UriInfo uriInfo) {
    return invalid(InvalidParams.fromViolations(e.getConstraintViolations()), uriInfo);
  }

  /** Any other validation failure is a defect on our side (e.g. a constraint that cannot apply). */
  @ServerExceptionMapper(priority = PRIORITY)
  public Response validationDefect(ValidationException e, UriInfo uriInfo) {
    return unexpected(e, uriInfo);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uriInfo) {
    return invalid(List.of(InvalidParams.fromJson(e)), uriInfo);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response mismatchedInput(MismatchedInputException e, UriInfo uriInfo) {
    return invalid(List.of(InvalidParams.fromJson(e)), uriInfo);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response jsonMapping(JsonMappingException e, UriInfo uriInfo) {
    return invalid(List.of(InvalidParams.fromJson(e)), uriInfo);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response jsonParse(JsonParseException e, UriInfo uriInfo) {
    return invalid(List.of(InvalidParams.fromJson(e)), uriInfo);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response webApplication(
      WebApplicationException e, UriInfo uriInfo, SimpleResourceInfo resource) {
    int status = e.getResponse().getStatus();
    // JAX-RS answers a query parameter it cannot convert with 404; the client deserves a named 400.
    if (e instanceof NotFoundException && resource != null && resource.getResourceClass() != null) {
      List<InvalidParam> unconvertible =
          InvalidParams.fromQueryConversion(
              resource.getResourceClass(),
              resource.getMethodName(),
              resource.parameterTypes(),
              uriInfo.getQueryParameters());
      if (!unconvertible.isEmpty()) {
        return invalid(unconvertible, uriInfo);
      }
    }
    if (e.getCause() instanceof JsonMappingException mapping) {
      return jsonMapping(mapping, uriInfo);
    }
    if (e.getCause() instanceof JsonParseException parse) {
      return jsonParse(parse, uriInfo);
    }
    if (status == 400) {
      return invalid(
          List.of(
              new InvalidParam(
                  "body", InvalidParam.INVALID, "Het verzoek kon niet gelezen worden.")),
          uriInfo);
    }
    ProblemType type = ProblemType.forStatus(status);
    Response.ResponseBuilder response =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(type.problem(detailFor(type), instance(uriInfo)));
    // 405 must say which methods are allowed.
    String allow = e.getResponse().getHeaderString("Allow");
    if (allow != null) {
      response.header("Allow", allow);
    }
    return response.build();
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response unexpected(Throwable e, UriInfo uriInfo) {
    if (isGelijktijdigeWijziging(e)) {
      // Two requests raced for the same thing (e.g. two drafts of one report at once): the
      // database let one win. The loser changed nothing and may fetch the new state and retry.
      LOG.infof("Concurrent change refused by the database: %s", LoggableFailure.describe(e));
      return respond(
          ProblemType.CONFLICT.problem(
              "Een ander verzoek legde dit tegelijk vast; er is niets gewijzigd. Haal de huidige"
                  + " stand op en probeer het zo nodig opnieuw.",
              instance(uriInfo)));
    }
    String errorId = UUID.randomUUID().toString();
    // The reference lets operators find the cause without showing any internals to the caller;
    // the log gets no exception messages, which may quote personal data.
    LOG.errorf("Unexpected error %s: %s", errorId, LoggableFailure.describe(e));
    return respond(
        ProblemType.INTERNAL_ERROR.problem(
            "Er ging iets mis aan onze kant. Referentie: " + errorId, instance(uriInfo)));
  }

  /**
   * Whether the database refused a change because a concurrent one won: a unique violation
   * (SQLState 23505), a serialization failure (40001) or a deadlock (40P01), anywhere in the cause
   * chain.
   */
  static boolean isGelijktijdigeWijziging(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && ("23505".equals(sql.getSQLState())
              || "40001".equals(sql.getSQLState())
              || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static Response invalid(List<InvalidParam> params, UriInfo uriInfo) {
    return respond(ProblemException.invalid(params).toProblem(instance(uriInfo)));
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String detailFor(ProblemType type) {
    return switch (type) {
      case NOT_FOUND -> "Deze resource bestaat niet.";
      case METHOD_NOT_ALLOWED -> "Deze methode is op deze resource niet toegestaan.";
      case NOT_ACCEPTABLE -> "Deze API levert alleen JSON.";
      case UNSUPPORTED_MEDIA_TYPE -> "Stuur de body als application/json.";
      case PAYLOAD_TOO_LARGE -> "De body is groter dan toegestaan.";
      case UNAUTHORIZED -> "Meld u aan met een geldig toegangstoken.";
      case FORBIDDEN -> "U heeft geen toegang tot deze resource.";
      default -> type.title() + ".";
    };
  }

  private static String instance(UriInfo uriInfo) {
    // Only the path: query strings are not echoed.
    return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
  }
}
