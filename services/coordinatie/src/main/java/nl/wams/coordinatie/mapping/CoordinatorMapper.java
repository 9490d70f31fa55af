package nl.wams.coordinatie.mapping;

import static nl.wams.coordinatie.mapping.Enums.map;

import java.net.URI;
import nl.wams.coordinatie.contract.model.Coordinator;
import nl.wams.coordinatie.contract.model.CoordinatorGegevens;
import nl.wams.coordinatie.contract.model.Organisatie;
import nl.wams.coordinatie.domain.CoordinatorInvoer;
import nl.wams.coordinatie.domain.OrganisatieSoort;

/** Between the contract's model of the pool and the domain. */
public final class CoordinatorMapper {

  private CoordinatorMapper() {}

  public static CoordinatorInvoer toInvoer(CoordinatorGegevens gegevens) {
    return new CoordinatorInvoer(
        gegevens.getNaam(),
        gegevens.getGebruikersnaam(),
        gegevens.getEmail(),
        gegevens.getTelefoon(),
        new nl.wams.coordinatie.domain.Organisatie(
            gegevens.getOrganisatie().getNaam(),
            map(gegevens.getOrganisatie().getSoort(), OrganisatieSoort.class)),
        gegevens.getGemeentecode());
  }

  public static Coordinator toApi(nl.wams.coordinatie.domain.Coordinator coordinator, URI url) {
    return new Coordinator()
        .url(url)
        .uuid(coordinator.id())
        .naam(coordinator.naam())
        .gebruikersnaam(coordinator.gebruikersnaam())
        .email(coordinator.email())
        .telefoon(coordinator.telefoon())
        .organisatie(
            new Organisatie()
                .naam(coordinator.organisatie().naam())
                .soort(
                    map(
                        coordinator.organisatie().soort(),
                        nl.wams.coordinatie.contract.model.OrganisatieSoort.class)))
        .gemeentecode(coordinator.gemeentecode())
        .actief(coordinator.actief());
  }
}
