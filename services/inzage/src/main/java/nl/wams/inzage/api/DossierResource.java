package nl.wams.inzage.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.commons.security.CurrentCaller;
import nl.wams.inzage.contract.DossierApi;
import nl.wams.inzage.domain.Klacht;
import nl.wams.inzage.domain.Toegang;
import nl.wams.inzage.domain.Verzoek;
import nl.wams.inzage.service.Dossiers;
import nl.wams.inzage.service.Kopie;
import nl.wams.inzage.service.RechtenService;

/** The resident's overview, dossier and copy, composed from the sources with their own token. */
@RolesAllowed("**")
public class DossierResource implements DossierApi {

  private final Dossiers dossiers;
  private final Kopie kopie;
  private final RechtenService rechten;
  private final PublicUrls urls;
  private final CurrentCaller caller;
  private final Betrokkenen betrokkenen;

  DossierResource(
      Dossiers dossiers,
      Kopie kopie,
      RechtenService rechten,
      PublicUrls urls,
      CurrentCaller caller,
      Betrokkenen betrokkenen) {
    this.dossiers = dossiers;
    this.kopie = kopie;
    this.rechten = rechten;
    this.urls = urls;
    this.caller = caller;
    this.betrokkenen = betrokkenen;
  }

  @Override
  public Response getInzageOverzicht() {
    inwoner();
    return Response.ok(dossiers.overzicht(caller.bearerToken())).build();
  }

  @Override
  public Response getInzageDossier(UUID uuid) {
    inwoner();
    return Response.ok(dossiers.dossier(caller.bearerToken(), uuid.toString())).build();
  }

  @Override
  public Response getInzageKopie() {
    return Response.ok(kopieJson(), MediaType.APPLICATION_JSON).build();
  }

  @Override
  public Response getInzageKopiePdf() {
    return Response.ok(kopie.pdf(kopieJson()), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"kopie-wams.pdf\"")
        .build();
  }

  private ObjectNode kopieJson() {
    Caller wie = inwoner();
    return kopie.json(
        wie,
        caller.bearerToken(),
        v ->
            Weergaven.verzoek(
                (Verzoek) v, urls.of("/verzoeken/" + ((Verzoek) v).id()), rechten.nu()),
        k -> Weergaven.klacht((Klacht) k, urls.of("/klachten/" + ((Klacht) k).id())));
  }

  private Caller inwoner() {
    Caller wie = caller.get();
    if (!Toegang.isInwoner(wie)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "Alleen de inwoner zelf ziet dit dossier.");
    }
    betrokkenen.noem(wie.bsn().get());
    return wie;
  }
}
