package nl.wams.verslag.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.verslag.contract.VerantwoordingApi;
import nl.wams.verslag.service.VerantwoordingService;

/** The accountability report of a procedure, for the roles fg and auditor of its municipality. */
@RolesAllowed("**")
public class VerantwoordingResource implements VerantwoordingApi {

  private final VerantwoordingService service;
  private final CurrentCaller caller;

  VerantwoordingResource(VerantwoordingService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @Override
  public Response getVerantwoording(UUID procedureUuid) {
    return Response.ok(service.stelOp(procedureUuid, caller.get())).build();
  }
}
