package nl.wams.casusoverleg.service;

import java.util.List;
import java.util.function.Supplier;
import nl.wams.casusoverleg.domain.OngeldigeToestand;
import nl.wams.casusoverleg.domain.Regelovertreding;
import nl.wams.casusoverleg.domain.Regelschending;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;

/** How the domain's refusals are answered: broken rules 400 with invalidParams, state 409. */
final class Fouten {

  private Fouten() {}

  static <T> T vertaal(Supplier<T> wijziging) {
    try {
      return wijziging.get();
    } catch (Regelschending e) {
      throw ongeldig(e.overtredingen());
    } catch (OngeldigeToestand e) {
      throw ProblemException.conflict(e.getMessage());
    }
  }

  static void vertaal(Runnable wijziging) {
    vertaal(
        () -> {
          wijziging.run();
          return null;
        });
  }

  static ProblemException ongeldig(List<Regelovertreding> overtredingen) {
    return ProblemException.invalid(
        overtredingen.stream().map(o -> new InvalidParam(o.veld(), o.code(), o.reden())).toList());
  }

  static ProblemException geenToegang(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }
}
