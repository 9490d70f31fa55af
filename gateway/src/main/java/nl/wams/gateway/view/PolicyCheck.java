package nl.wams.gateway.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a view policy against the contracts: every operation, field exception, processing activity
 * and category it names must exist, every exception has a reason, and an enforcement role is
 * granted health or criminal data only under a domain law recorded for exactly those categories.
 * The gateway refuses to start on a policy that fails; the build runs the same check on the default
 * policy.
 */
public final class PolicyCheck {

  private PolicyCheck() {}

  public static List<String> check(ViewPolicy policy, Collection<Contract> contracts) {
    Map<String, Contract> byComponent = new HashMap<>();
    Map<String, Contract> byOperation = new HashMap<>();
    for (Contract contract : contracts) {
      byComponent.put(contract.component(), contract);
      contract.operations().keySet().forEach(id -> byOperation.put(id, contract));
    }
    List<String> errors = new ArrayList<>();
    policy
        .activiteiten()
        .values()
        .forEach(
            a -> {
              if (a.omschrijving().isBlank() || a.grondslag().isBlank()) {
                errors.add(
                    "verwerkingsactiviteiten." + a.code() + ": needs omschrijving and grondslag");
              }
            });
    for (ViewPolicy.Rol rol : policy.rollen().values()) {
      String waar = "rollen." + rol.naam();
      for (String operatie : rol.operaties()) {
        if (!byOperation.containsKey(operatie)) {
          errors.add(waar + ".operaties: unknown operation '" + operatie + "'");
        }
      }
      for (String activiteit : rol.verwerkingsactiviteiten()) {
        if (!policy.activiteiten().containsKey(activiteit)) {
          errors.add(waar + ".verwerkingsactiviteiten: unknown activity '" + activiteit + "'");
        }
      }
      if (!rol.operaties().isEmpty() && rol.verwerkingsactiviteiten().isEmpty()) {
        errors.add(waar + ": has operations but no verwerkingsactiviteit to name");
      }
      rol.domeinwet()
          .ifPresent(
              wet -> {
                if (wet.naam().isBlank() || wet.reden().isBlank()) {
                  errors.add(waar + ".domeinwet: needs naam and reden");
                }
                if (!Gegevenscategorie.BIJZONDER.containsAll(wet.categorieen())) {
                  errors.add(waar + ".domeinwet: may only name gezondheid and strafrechtelijk");
                }
              });
      if (rol.handhavend()) {
        for (Gegevenscategorie bijzonder : Gegevenscategorie.BIJZONDER) {
          boolean wet = rol.domeinwet().map(w -> w.categorieen().contains(bijzonder)).orElse(false);
          if (rol.categorieen().contains(bijzonder) && !wet) {
            errors.add(
                waar
                    + ": enforcement role is granted '"
                    + bijzonder.code()
                    + "' without a domeinwet that allows it");
          }
        }
      }
      for (ViewPolicy.Uitzondering u : rol.uitzonderingen()) {
        String naam = waar + ".uitzonderingen[" + u.naam() + "]";
        if (u.reden().isBlank()) {
          errors.add(naam + ": needs a reden");
        }
        Contract contract = byComponent.get(u.component());
        Shape schema = contract == null ? null : contract.schemas().get(u.schema());
        Shape.Field field = schema == null ? null : schema.properties().get(u.veld());
        if (field == null) {
          errors.add(naam + ": unknown field");
        } else if (!u.schema().equals(field.owner())) {
          errors.add(naam + ": the property is declared in schema " + field.owner());
        } else if (u.zichtbaar()
            && rol.handhavend()
            && Gegevenscategorie.BIJZONDER.contains(field.category())
            && !rol.domeinwet()
                .map(w -> w.categorieen().contains(field.category()))
                .orElse(false)) {
          errors.add(naam + ": shows " + field.category().code() + " to an enforcement role");
        }
      }
    }
    return errors;
  }
}
