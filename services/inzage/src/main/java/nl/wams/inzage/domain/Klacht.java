package nl.wams.inzage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint at the klachtenmeldpunt, by the resident or a family member on their behalf (WAMS.md
 * §6); its nature is a monitoring indicator.
 */
@Entity
@Table(name = "klacht")
public class Klacht {

  /** Who files it. */
  public enum Indiener {
    INWONER,
    FAMILIELID
  }

  @Id private UUID id;
  private String kenmerk;
  private String bsn;
  private String gemeentecode;

  @Enumerated(EnumType.STRING)
  private KlachtAard aard;

  @Column(name = "procedure_id")
  private UUID procedure;

  private String omschrijving;

  @Enumerated(EnumType.STRING)
  private Indiener indiener;

  private String familielid;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "ingediend_op")
  private Instant ingediendOp;

  @Column(name = "afgehandeld_op")
  private Instant afgehandeldOp;

  private String reactie;
  private String behandelaar;

  @Version private long versie;

  protected Klacht() {}

  /** A family member is named; the resident themselves is not named twice. */
  public static Klacht dienIn(
      String kenmerk,
      String bsn,
      String gemeentecode,
      KlachtAard aard,
      UUID procedure,
      String omschrijving,
      Indiener indiener,
      String familielid,
      Instant nu) {
    if (indiener == Indiener.FAMILIELID && (familielid == null || familielid.isBlank())) {
      throw new IllegalArgumentException("familielid");
    }
    if (indiener == Indiener.INWONER && familielid != null) {
      throw new IllegalArgumentException("familielid");
    }
    Klacht k = new Klacht();
    k.id = UUID.randomUUID();
    k.kenmerk = kenmerk;
    k.bsn = bsn;
    k.gemeentecode = gemeentecode;
    k.aard = aard;
    k.procedure = procedure;
    k.omschrijving = omschrijving;
    k.indiener = indiener;
    k.familielid = familielid;
    k.status = Status.ONTVANGEN;
    k.ingediendOp = nu;
    return k;
  }

  public String[] handelAf(Status nieuw, String reactie, String door, Instant nu) {
    String[] fout = Afhandelregel.controleer(status, nieuw, reactie);
    if (fout == null) {
      status = nieuw;
      behandelaar = door;
      if (reactie != null) {
        this.reactie = reactie;
      }
      if (nieuw.afgerond()) {
        afgehandeldOp = nu;
      }
    }
    return fout;
  }

  public UUID id() {
    return id;
  }

  public String kenmerk() {
    return kenmerk;
  }

  public String bsn() {
    return bsn;
  }

  public String gemeentecode() {
    return gemeentecode;
  }

  public KlachtAard aard() {
    return aard;
  }

  public UUID procedure() {
    return procedure;
  }

  public String omschrijving() {
    return omschrijving;
  }

  public Indiener indiener() {
    return indiener;
  }

  public String familielid() {
    return familielid;
  }

  public Status status() {
    return status;
  }

  public Instant ingediendOp() {
    return ingediendOp;
  }

  public Instant afgehandeldOp() {
    return afgehandeldOp;
  }

  public String reactie() {
    return reactie;
  }

  public long versie() {
    return versie;
  }
}
