package nl.wams.coordinatie.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * A member of the municipality's fixed coordinator pool (WAMS.md §2): mostly municipal staff, but
 * possibly working for a partner. Known in tokens by the Keycloak username. Only an active member
 * can be appointed; a member who still coordinates a running aanpak keeps their municipality and
 * username and stays active until someone else is appointed.
 */
@Entity
@Table(name = "coordinator")
public class Coordinator {

  @Id private UUID id;

  private String naam;

  private String gebruikersnaam;

  private String email;

  private String telefoon;

  @Embedded private Organisatie organisatie;

  private String gemeentecode;

  private boolean actief;

  @Version private long versie;

  protected Coordinator() {}

  public static Coordinator nieuw(CoordinatorInvoer invoer) {
    Coordinator coordinator = new Coordinator();
    coordinator.id = UUID.randomUUID();
    coordinator.actief = true;
    coordinator.neemOver(invoer);
    return coordinator;
  }

  /**
   * Corrects the details. The municipality and username decide who sees which aanpak, so they stay
   * while this member coordinates a running aanpak.
   */
  public void wijzig(CoordinatorInvoer invoer, long lopendeAanpakken) {
    boolean andereIdentiteit =
        !gemeentecode.equals(invoer.gemeentecode())
            || !gebruikersnaam.equals(invoer.gebruikersnaam());
    if (andereIdentiteit && lopendeAanpakken > 0) {
      throw new OngeldigeToestand(
          "Deze coördinator coördineert "
              + lopendeAanpakken
              + " lopende aanpak(ken); gemeente en gebruikersnaam blijven zolang gelijk."
              + " Stel eerst een andere coördinator aan.");
    }
    neemOver(invoer);
  }

  public void deactiveer(long lopendeAanpakken) {
    if (lopendeAanpakken > 0) {
      throw new OngeldigeToestand(
          "Deze coördinator coördineert nog "
              + lopendeAanpakken
              + " lopende aanpak(ken). Stel daar eerst een andere coördinator aan.");
    }
    actief = false;
  }

  public void activeer() {
    actief = true;
  }

  private void neemOver(CoordinatorInvoer invoer) {
    naam = invoer.naam();
    gebruikersnaam = invoer.gebruikersnaam();
    email = invoer.email();
    telefoon = invoer.telefoon();
    organisatie = invoer.organisatie();
    gemeentecode = invoer.gemeentecode();
  }

  public UUID id() {
    return id;
  }

  public String naam() {
    return naam;
  }

  public String gebruikersnaam() {
    return gebruikersnaam;
  }

  public String email() {
    return email;
  }

  public String telefoon() {
    return telefoon;
  }

  public Organisatie organisatie() {
    return organisatie;
  }

  public String gemeentecode() {
    return gemeentecode;
  }

  public boolean actief() {
    return actief;
  }

  public long versie() {
    return versie;
  }
}
