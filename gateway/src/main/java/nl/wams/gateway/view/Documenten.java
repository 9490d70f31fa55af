package nl.wams.gateway.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The human-readable documents derived from the view policy and the contracts, so that what a
 * municipality publishes is what the gateway enforces:
 *
 * <ul>
 *   <li>{@link #wieZietWat()}: per resource of every contract, each field with its category and the
 *       roles that see it, following the same rules as {@link Views#cut} (categories, the
 *       enforcement rule, exceptions, containers kept for an exception's field);
 *   <li>{@link #verwerkingsregister()}: the register of processing activities (AVG art. 30): per
 *       activity its purpose, legal basis, data subjects, the categories of personal data, the
 *       roles that process them and the retention period.
 * </ul>
 *
 * Plain text in, Markdown out; the build compares the committed copies in {@code docs/generated/}
 * with what this produces.
 */
public final class Documenten {

  private static final String KOP =
      "<!-- Generated from api-specs/views/policy.yaml and the contracts in api-specs/ by the"
          + " gateway build\n     (nl.wams.gateway.view.Documenten). Do not edit; see"
          + " docs/gateway.md, 'Derived documents'. -->\n\n";

  private final ViewPolicy policy;
  private final List<Contract> contracts;

  public Documenten(ViewPolicy policy, Collection<Contract> contracts) {
    this.policy = policy;
    this.contracts = List.copyOf(contracts);
  }

  /** A resource (a named response schema) and the roles that can be answered with it. */
  private record Bron(String component, String schema, Shape shape, Set<String> rollen) {}

  /** Who sees which field: one table per resource, one row per field path. */
  public String wieZietWat() {
    StringBuilder md = new StringBuilder(KOP);
    md.append("# Who sees which field\n\n")
        .append(
            "For every resource the components answer with, each field (dotted path), its data"
                + " category (`x-gegevenscategorie`) and the roles of the view policy that receive"
                + " it through the gateway. A role is listed only for resources that one of its"
                + " operations returns; a field it does not see is absent from every answer to it."
                + " Which objects a role reaches at all is decided by the component"
                + " (object-level access, see the roles below).\n\n");
    md.append("## Roles\n\n| role | enforcement | activities | categories | operations |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (ViewPolicy.Rol rol : policy.rollen().values()) {
      md.append("| `")
          .append(rol.naam())
          .append("` | ")
          .append(
              rol.handhavend()
                  ? "yes"
                      + rol.domeinwet()
                          .map(w -> " (" + w.naam() + ": " + codes(w.categorieen()) + ")")
                          .orElse("")
                  : "no")
          .append(" | ")
          .append(String.join(", ", rol.verwerkingsactiviteiten()))
          .append(" | ")
          .append(codes(rol.categorieen()))
          .append(" | ")
          .append(rol.operaties().size())
          .append(" |\n");
    }
    md.append('\n');
    List<String> metUitzondering =
        policy.rollen().values().stream()
            .flatMap(
                r ->
                    r.uitzonderingen().stream()
                        .map(
                            u ->
                                "| `"
                                    + r.naam()
                                    + "` | `"
                                    + u.naam()
                                    + "` | "
                                    + (u.zichtbaar() ? "shown" : "hidden")
                                    + " | "
                                    + u.reden().replace('\n', ' ').trim()
                                    + " |"))
            .toList();
    if (!metUitzondering.isEmpty()) {
      md.append("### Exceptions\n\n| role | field | | reason |\n| --- | --- | --- | --- |\n");
      metUitzondering.forEach(r -> md.append(r).append('\n'));
      md.append('\n');
    }
    for (Bron bron : bronnen()) {
      md.append("## ").append(bron.component()).append(": ").append(bron.schema()).append("\n\n");
      List<String> rollen =
          policy.rollen().keySet().stream().filter(bron.rollen()::contains).toList();
      if (rollen.isEmpty()) {
        md.append("No role of the policy is answered with this resource.\n\n");
        continue;
      }
      Map<String, Set<String>> zienPerRol = new LinkedHashMap<>();
      for (String rol : rollen) {
        zienPerRol.put(
            rol, zichtbarePaden(bron.component(), bron.shape(), List.of(policy.rollen().get(rol))));
      }
      md.append("| field | category | roles that see it |\n| --- | --- | --- |\n");
      for (Map.Entry<String, Shape.Field> pad : paden(bron.shape()).entrySet()) {
        List<String> zien =
            rollen.stream().filter(r -> zienPerRol.get(r).contains(pad.getKey())).toList();
        Gegevenscategorie categorie = pad.getValue().category();
        md.append("| `")
            .append(pad.getKey())
            .append("` | ")
            .append(categorie == null ? "(none)" : categorie.code())
            .append(" | ")
            .append(zien.isEmpty() ? "—" : zien.stream().collect(Collectors.joining(", ")))
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The register of processing activities (AVG art. 30 lid 1). */
  public String verwerkingsregister() {
    StringBuilder md = new StringBuilder(KOP);
    md.append("# Register of processing activities (AVG art. 30)\n\n")
        .append("Controller: ")
        .append(policy.verwerkingsverantwoordelijke())
        .append(
            "\n\nEvery request through the gateway names one of these activities"
                + " (`Wams-Verwerkingsactiviteit`); a role may only name the activities listed"
                + " for it, and every disclosure is written to the Logboek Dataverwerkingen under"
                + " that activity. The categories of personal data are those that the roles"
                + " which may name the activity receive or set in their operations, as the"
                + " contracts carry them; the policy binds purposes to roles, so a role with"
                + " several activities counts towards each. No data are transferred outside the"
                + " EEA.\n\n");
    for (ViewPolicy.Activiteit activiteit : new TreeMap<>(policy.activiteiten()).values()) {
      List<ViewPolicy.Rol> rollen =
          policy.rollen().values().stream()
              .filter(r -> r.verwerkingsactiviteiten().contains(activiteit.code()))
              .toList();
      Set<Gegevenscategorie> gegevens = EnumSet.noneOf(Gegevenscategorie.class);
      Set<String> componenten = new LinkedHashSet<>();
      for (ViewPolicy.Rol rol : rollen) {
        for (Contract contract : contracts) {
          for (Contract.Operation op : contract.operations().values()) {
            if (rol.operaties().contains(op.operationId())) {
              componenten.add(contract.component());
              List<Shape> vormen = new ArrayList<>(op.responses().values());
              if (op.request() != null) {
                vormen.add(op.request());
              }
              for (Shape vorm : vormen) {
                categorieen(vorm, contract.component(), rol, gegevens);
              }
            }
          }
        }
      }
      md.append("## `").append(activiteit.code()).append("`\n\n");
      rij(md, "Purpose", activiteit.omschrijving());
      rij(md, "Legal basis", activiteit.grondslag());
      rij(md, "Data subjects", leegAls(activiteit.betrokkenen()));
      rij(
          md,
          "Categories of personal data",
          gegevens.isEmpty() ? "none (no personal data)" : codes(gegevens));
      rij(
          md,
          "Special categories (art. 9, 10)",
          gegevens.stream()
              .filter(Gegevenscategorie.BIJZONDER::contains)
              .map(Gegevenscategorie::code)
              .collect(Collectors.joining(", "))
              .transform(s -> s.isEmpty() ? "none" : s));
      rij(
          md,
          "Processed by (roles)",
          rollen.isEmpty()
              ? "no role"
              : rollen.stream().map(r -> "`" + r.naam() + "`").collect(Collectors.joining(", ")));
      rij(md, "Components", componenten.isEmpty() ? "none" : String.join(", ", componenten));
      rij(md, "Retention", leegAls(activiteit.bewaartermijn()));
      md.append('\n');
    }
    return md.toString();
  }

  private static void rij(StringBuilder md, String naam, String waarde) {
    md.append("- **").append(naam).append(":** ").append(waarde.replace('\n', ' ').trim());
    md.append('\n');
  }

  private static String leegAls(String tekst) {
    return tekst == null || tekst.isBlank() ? "(not recorded in the policy)" : tekst;
  }

  /** The categories of a shape that this role receives, at every depth. */
  private static void categorieen(
      Shape shape, String component, ViewPolicy.Rol rol, Set<Gegevenscategorie> gegevens) {
    Map<String, Shape.Field> alle = paden(shape);
    Set<String> zien = zichtbarePaden(component, shape, List.of(rol));
    alle.forEach(
        (pad, field) -> {
          if (zien.contains(pad) && field.category() != null) {
            gegevens.add(field.category());
          }
        });
  }

  /** Every named resource an operation answers with (a paged list: its elements). */
  private List<Bron> bronnen() {
    Map<String, Bron> bronnen = new LinkedHashMap<>();
    for (Contract contract : contracts) {
      Map<Shape, String> namen = new IdentityHashMap<>();
      contract.schemas().forEach((naam, shape) -> namen.putIfAbsent(shape, naam));
      for (Contract.Operation op : contract.operations().values()) {
        if (op.operationId().startsWith("ontvang")) {
          continue;
        }
        for (Map.Entry<String, Shape> response : op.responses().entrySet()) {
          if (!response.getKey().startsWith("2")) {
            continue;
          }
          Shape shape = response.getValue();
          Shape items = shape.pageItems();
          Shape bron = items != null ? items : shape;
          String naam = namen.get(bron);
          if (naam == null || bron.properties().isEmpty()) {
            continue;
          }
          Bron b =
              bronnen.computeIfAbsent(
                  contract.component() + "/" + naam,
                  k -> new Bron(contract.component(), naam, bron, new LinkedHashSet<>()));
          policy.rollen().values().stream()
              .filter(r -> r.operaties().contains(op.operationId()))
              .forEach(r -> b.rollen().add(r.naam()));
        }
      }
    }
    return List.copyOf(bronnen.values());
  }

  /** Every field path of a shape, depth first; recursion through a schema stops at its repeat. */
  static Map<String, Shape.Field> paden(Shape shape) {
    Map<String, Shape.Field> paden = new LinkedHashMap<>();
    paden(shape, "", paden, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return paden;
  }

  private static void paden(
      Shape shape, String prefix, Map<String, Shape.Field> paden, Set<Shape> onderweg) {
    Shape s = elementen(shape);
    if (!onderweg.add(s)) {
      return;
    }
    for (Shape.Field field : s.properties().values()) {
      String pad = prefix + field.name();
      paden.put(pad, field);
      paden(field.shape(), pad + ".", paden, onderweg);
    }
    onderweg.remove(s);
  }

  /**
   * The paths that survive {@link Views#cut} for these roles: the same rules, walked over the
   * contract instead of a body.
   */
  static Set<String> zichtbarePaden(String component, Shape shape, List<ViewPolicy.Rol> rollen) {
    Set<String> zien = new LinkedHashSet<>();
    zichtbaar(
        component,
        shape,
        "",
        rollen,
        false,
        zien,
        java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return zien;
  }

  private static boolean zichtbaar(
      String component,
      Shape shape,
      String prefix,
      List<ViewPolicy.Rol> rollen,
      boolean alleenUitzonderingen,
      Set<String> zien,
      Set<Shape> onderweg) {
    Shape s = elementen(shape);
    if (!onderweg.add(s)) {
      return false;
    }
    boolean iets = false;
    for (Shape.Field field : s.properties().values()) {
      String pad = prefix + field.name();
      boolean ziet =
          rollen.stream()
              .anyMatch(
                  r ->
                      alleenUitzonderingen
                          ? r.toontApart(component, field)
                          : r.ziet(component, field));
      if (ziet) {
        zien.add(pad);
        zichtbaar(component, field.shape(), pad + ".", rollen, false, zien, onderweg);
        iets = true;
      } else if (!elementen(field.shape()).properties().isEmpty()
          && zichtbaar(component, field.shape(), pad + ".", rollen, true, zien, onderweg)) {
        zien.add(pad);
        iets = true;
      }
    }
    onderweg.remove(s);
    return iets;
  }

  private static Shape elementen(Shape shape) {
    Shape s = shape;
    while (s.isArray()) {
      s = s.items();
    }
    return s;
  }

  private static String codes(Set<Gegevenscategorie> categorieen) {
    return categorieen.stream().map(Gegevenscategorie::code).collect(Collectors.joining(", "));
  }
}
