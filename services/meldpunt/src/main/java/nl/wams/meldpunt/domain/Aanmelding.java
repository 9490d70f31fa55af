package nl.wams.meldpunt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An aanmelding: a melding, hulpvraag or verzoek that may start a Wams procedure. It can be
 * corrected until it is triaged; the triage is recorded once and is final, and the soort is kept
 * for ever because the entry route is a monitoring indicator.
 */
@Entity
@Table(name = "aanmelding")
public class Aanmelding {

  @Id private UUID id;

  private String kenmerk;

  @Enumerated(EnumType.STRING)
  private Soort soort;

  private String gemeentecode;

  @Enumerated(EnumType.STRING)
  private Urgentie urgentie;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "ontvangen_op")
  private Instant ontvangenOp;

  @Embedded private Betrokkene betrokkene;

  @Embedded private Melder melder;

  @Enumerated(EnumType.STRING)
  @Column(name = "sd_wet")
  private SdWet sdWet;

  @Column(name = "omschrijving_zorgen")
  private String omschrijvingZorgen;

  private String motivering;

  @Embedded private Triage triage;

  /**
   * The URL of the procedure at onderzoek that followed this aanmelding, once onderzoek says so.
   */
  private String procedure;

  @Version private long versie;

  protected Aanmelding() {}

  /** Registers a new aanmelding; the input must have passed {@link AanmeldingRegels}. */
  public static Aanmelding registreer(
      AanmeldingInvoer invoer, String kenmerk, Instant ontvangenOp) {
    Aanmelding aanmelding = new Aanmelding();
    aanmelding.id = UUID.randomUUID();
    aanmelding.kenmerk = kenmerk;
    aanmelding.ontvangenOp = ontvangenOp;
    aanmelding.status = Status.NIEUW;
    aanmelding.neemOver(invoer);
    return aanmelding;
  }

  /** Corrects the details; only before triage. */
  public void wijzig(AanmeldingInvoer invoer) {
    alleenVoorTriage();
    neemOver(invoer);
  }

  /** Records the triage; the input must have passed {@link TriageRegels}. */
  public void beoordeel(TriageInvoer invoer, Instant beoordeeldOp) {
    alleenVoorTriage();
    triage =
        new Triage(
            invoer.besluit(),
            invoer.motivering(),
            invoer.doorverwezenNaar(),
            invoer.loket(),
            invoer.clientWilOnderzoek(),
            beoordeeldOp);
    status = Status.BEOORDEELD;
  }

  /**
   * Records the procedure onderzoek started for this aanmelding. The first one is kept: an
   * aanmelding leads to one procedure, and a repeated notice changes nothing. A procedure of
   * another municipality is not ours to link.
   *
   * @return whether the aanmelding changed
   */
  public boolean procedureGestart(String procedureUrl, String gemeentecodeVanProcedure) {
    if (procedure != null || !gemeentecode.equals(gemeentecodeVanProcedure)) {
      return false;
    }
    procedure = procedureUrl;
    return true;
  }

  public String procedure() {
    return procedure;
  }

  private void alleenVoorTriage() {
    if (status != Status.NIEUW) {
      throw new IllegalStateException("Aanmelding is al beoordeeld");
    }
  }

  private void neemOver(AanmeldingInvoer invoer) {
    soort = invoer.soort();
    gemeentecode = invoer.gemeentecode();
    urgentie = invoer.urgentie();
    betrokkene = invoer.betrokkene();
    melder = invoer.melder();
    sdWet = invoer.sdWet();
    omschrijvingZorgen = invoer.omschrijvingZorgen();
    motivering = invoer.motivering();
  }

  public UUID id() {
    return id;
  }

  public String kenmerk() {
    return kenmerk;
  }

  public Soort soort() {
    return soort;
  }

  public String gemeentecode() {
    return gemeentecode;
  }

  public Urgentie urgentie() {
    return urgentie;
  }

  public Status status() {
    return status;
  }

  public Instant ontvangenOp() {
    return ontvangenOp;
  }

  public Betrokkene betrokkene() {
    return betrokkene;
  }

  public Melder melder() {
    return melder;
  }

  public SdWet sdWet() {
    return sdWet;
  }

  public String omschrijvingZorgen() {
    return omschrijvingZorgen;
  }

  public String motivering() {
    return motivering;
  }

  public Triage triage() {
    return triage;
  }

  public long versie() {
    return versie;
  }
}
