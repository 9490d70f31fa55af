package nl.wams.verslag.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * The limited report of one overleg, with its versions. A new version starts only when the latest
 * is adopted (a correction); a draft is brought up to date in place; an adopted version never
 * changes (the database refuses it too).
 */
@Entity
@Table(name = "verslag")
public class Verslag {

  @Id private UUID id;

  @Column(nullable = false)
  private String overleg;

  @Column(nullable = false)
  private String gemeentecode;

  /**
   * The overleg's procedure at onderzoek (null: anonymous), once {@link #procedureBekend}. Learning
   * it changes nothing of the report, so it does not change the report's version (ETag).
   */
  @OptimisticLock(excluded = true)
  private String procedure;

  /** False for a report drafted before verslag kept the procedure, until it is learned. */
  @OptimisticLock(excluded = true)
  @Column(name = "procedure_bekend", nullable = false)
  private boolean procedureBekend;

  @Column(name = "aangemaakt_op", nullable = false)
  private Instant aangemaaktOp;

  @Column(name = "aangemaakt_door", nullable = false)
  private String aangemaaktDoor;

  @Version
  @Column(nullable = false)
  private long versie;

  @OneToMany(
      mappedBy = "verslag",
      cascade = CascadeType.ALL,
      fetch = FetchType.LAZY,
      orphanRemoval = false)
  @OrderBy("nummer")
  private List<VerslagVersie> versies = new ArrayList<>();

  protected Verslag() {}

  /**
   * @param procedure the overleg's procedure at onderzoek; empty for an anonymous overleg
   */
  public static Verslag stelOp(
      Momentopname inhoud, Optional<URI> procedure, String inhoudJson, String door, Instant nu) {
    Verslag verslag = new Verslag();
    verslag.id = UUID.randomUUID();
    verslag.overleg = inhoud.overleg().toString();
    verslag.gemeentecode = inhoud.gemeentecode();
    verslag.kenProcedure(procedure);
    verslag.aangemaaktOp = nu;
    verslag.aangemaaktDoor = door;
    verslag.versies.add(new VerslagVersie(verslag, 1, inhoudJson, door, nu));
    return verslag;
  }

  /** Brings the draft up to date, or starts a new draft version after an adopted one. */
  public VerslagVersie vernieuw(String inhoudJson, String door, Instant nu) {
    VerslagVersie laatste = laatste();
    if (laatste.status() == VerslagStatus.CONCEPT) {
      laatste.werkBij(inhoudJson, door, nu);
      return laatste;
    }
    VerslagVersie correctie = new VerslagVersie(this, laatste.nummer() + 1, inhoudJson, door, nu);
    versies.add(correctie);
    return correctie;
  }

  /** Adopts the draft; throws when the latest version is already adopted. */
  public VerslagVersie stelVast(String door, Instant nu) {
    VerslagVersie laatste = laatste();
    if (laatste.status() != VerslagStatus.CONCEPT) {
      throw new OngeldigeToestand(
          "De laatste versie is al vastgesteld. Begin een correctie met een vernieuwing.");
    }
    laatste.stelVast(door, nu);
    return laatste;
  }

  public VerslagVersie laatste() {
    return versies.getLast();
  }

  public Optional<VerslagVersie> laatstVastgesteld() {
    return versies.reversed().stream()
        .filter(v -> v.status() == VerslagStatus.VASTGESTELD)
        .findFirst();
  }

  public Optional<VerslagVersie> versie(int nummer) {
    return versies.stream().filter(v -> v.nummer() == nummer).findFirst();
  }

  public UUID id() {
    return id;
  }

  public URI overleg() {
    return URI.create(overleg);
  }

  /** Whether the overleg's procedure is known (a report drafted before it was kept: not yet). */
  public boolean procedureBekend() {
    return procedureBekend;
  }

  /**
   * The overleg's procedure at onderzoek; empty for an anonymous overleg. Only meaningful when
   * {@link #procedureBekend()}.
   */
  public Optional<URI> procedure() {
    return Optional.ofNullable(procedure).map(URI::create);
  }

  /** Records the overleg's procedure as casusoverleg gave it (empty: anonymous). */
  public void kenProcedure(Optional<URI> procedure) {
    this.procedure = procedure.map(URI::toString).orElse(null);
    this.procedureBekend = true;
  }

  public String gemeentecode() {
    return gemeentecode;
  }

  public Instant aangemaaktOp() {
    return aangemaaktOp;
  }

  public long versie() {
    return versie;
  }
}
