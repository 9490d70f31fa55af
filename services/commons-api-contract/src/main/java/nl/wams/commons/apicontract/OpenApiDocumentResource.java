package nl.wams.commons.apicontract;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Serves the contract at {@code <base>/openapi.json} and {@code <base>/openapi.yaml} without
 * authentication, CORS open, so developers and tools can fetch it from anywhere.
 */
@Path("")
@PermitAll
public class OpenApiDocumentResource {

  private final ApiContract contract;

  OpenApiDocumentResource(ApiContract contract) {
    this.contract = contract;
  }

  @GET
  @Path("openapi.json")
  public Response json() {
    return document(contract.json(), "application/json");
  }

  @GET
  @Path("openapi.yaml")
  public Response yaml() {
    return document(contract.yaml(), "application/yaml");
  }

  private static Response document(byte[] body, String type) {
    return Response.ok(body, type).header("Access-Control-Allow-Origin", "*").build();
  }
}
