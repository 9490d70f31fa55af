package nl.wams.inzage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An AVG request of a resident to the college, with its reference, status and deadline. */
@Entity
@Table(name = "verzoek")
public class Verzoek {

  @Id private UUID id;
  private String kenmerk;
  private String bsn;
  private String gemeentecode;

  @Enumerated(EnumType.STRING)
  private VerzoekSoort soort;

  @Column(name = "procedure_id")
  private UUID procedure;

  private String toelichting;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "ontvangen_op")
  private Instant ontvangenOp;

  @Column(name = "uiterlijk_op")
  private LocalDate uiterlijkOp;

  @Column(name = "afgehandeld_op")
  private Instant afgehandeldOp;

  private String reactie;
  private String behandelaar;

  @Version private long versie;

  protected Verzoek() {}

  public static Verzoek ontvang(
      String kenmerk,
      String bsn,
      String gemeentecode,
      VerzoekSoort soort,
      UUID procedure,
      String toelichting,
      Instant nu) {
    Verzoek v = new Verzoek();
    v.id = UUID.randomUUID();
    v.kenmerk = kenmerk;
    v.bsn = bsn;
    v.gemeentecode = gemeentecode;
    v.soort = soort;
    v.procedure = procedure;
    v.toelichting = toelichting;
    v.status = Status.ONTVANGEN;
    v.ontvangenOp = nu;
    v.uiterlijkOp = Termijn.uiterlijk(nu);
    return v;
  }

  /** Applies {@link Afhandelregel}; returns the broken rule or null. */
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

  public boolean teLaat(Instant nu) {
    return Termijn.teLaat(status, uiterlijkOp, nu);
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

  public VerzoekSoort soort() {
    return soort;
  }

  public UUID procedure() {
    return procedure;
  }

  public String toelichting() {
    return toelichting;
  }

  public Status status() {
    return status;
  }

  public Instant ontvangenOp() {
    return ontvangenOp;
  }

  public LocalDate uiterlijkOp() {
    return uiterlijkOp;
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
