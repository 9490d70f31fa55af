package nl.wams.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.wams.commons.problem.Problem;
import nl.wams.commons.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as problem+json, like every other error; 401 says how to authenticate. */
public class SecurityProblemMappers {

  private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

  @ServerExceptionMapper(priority = PRIORITY)
  public Response unauthorized(UnauthorizedException e, UriInfo uriInfo) {
    return unauthenticated(uriInfo);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uriInfo) {
    return unauthenticated(uriInfo);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
    return Response.status(403)
        .type(Problem.MEDIA_TYPE)
        .entity(
            ProblemType.FORBIDDEN.problem(
                "Uw rol geeft geen toegang tot deze handeling.",
                uriInfo.getRequestUri().getRawPath()))
        .build();
  }

  private static Response unauthenticated(UriInfo uriInfo) {
    return Response.status(401)
        .type(Problem.MEDIA_TYPE)
        .header("WWW-Authenticate", "Bearer realm=\"wams\"")
        .entity(
            ProblemType.UNAUTHORIZED.problem(
                "Meld u aan met een geldig toegangstoken (Bearer).",
                uriInfo.getRequestUri().getRawPath()))
        .build();
  }
}
