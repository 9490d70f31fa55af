package nl.wams.casusoverleg.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** That the overleg was held, when, and who attended. */
public record AfrondingInvoer(
    Instant gehoudenOp, List<UUID> aanwezigeDeelnemers, List<UUID> aanwezigeUitgenodigden) {

  public AfrondingInvoer {
    aanwezigeDeelnemers = List.copyOf(aanwezigeDeelnemers);
    aanwezigeUitgenodigden = List.copyOf(aanwezigeUitgenodigden);
  }
}
