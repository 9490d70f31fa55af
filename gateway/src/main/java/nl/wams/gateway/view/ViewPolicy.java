package nl.wams.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The view policy (api-specs/views/policy.yaml, or a municipality's own file): per role the
 * operations it may call, the data categories it may see, explicit field exceptions with a reason,
 * the processing activities (purposes) it may name, and whether it has an enforcement task.
 *
 * <p>Immutable; {@link #without} makes the changed copies the leave-one-out tests need.
 */
public record ViewPolicy(
    Map<String, Activiteit> activiteiten,
    Map<String, Rol> rollen,
    String verwerkingsverantwoordelijke) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * A processing activity (AVG art. 30) that a request names in its purpose header; {@code
   * betrokkenen} and {@code bewaartermijn} feed the register of processing activities.
   */
  public record Activiteit(
      String code,
      String omschrijving,
      String grondslag,
      String betrokkenen,
      String bewaartermijn) {}

  /** The domain law that lets an enforcement role receive special categories anyway. */
  public record Domeinwet(String naam, Set<Gegevenscategorie> categorieen, String reden) {}

  /**
   * One field of a named schema ({@code <component>/<Schema>.<property>}) shown or hidden for a
   * role regardless of its category.
   */
  public record Uitzondering(
      String component, String schema, String veld, boolean zichtbaar, String reden) {
    public String naam() {
      return component + "/" + schema + "." + veld;
    }
  }

  public record Rol(
      String naam,
      String omschrijving,
      boolean handhavend,
      Optional<Domeinwet> domeinwet,
      String objecttoegang,
      Set<String> verwerkingsactiviteiten,
      Set<Gegevenscategorie> categorieen,
      Set<String> operaties,
      List<Uitzondering> uitzonderingen) {

    /** Whether this role may see a category at all: the enforcement rule overrides any grant. */
    public boolean mag(Gegevenscategorie categorie) {
      if (categorie == null || !categorieen.contains(categorie)) {
        return false;
      }
      return !handhavend
          || !Gegevenscategorie.BIJZONDER.contains(categorie)
          || domeinwet.map(w -> w.categorieen().contains(categorie)).orElse(false);
    }

    /** Whether this role sees a field: an exception decides, else its category. */
    public boolean ziet(String component, Shape.Field field) {
      Uitzondering u = uitzondering(component, field);
      return u != null ? toont(u, field) : mag(field.category());
    }

    /** Whether an exception of this role shows this field (inside a container it cannot see). */
    public boolean toontApart(String component, Shape.Field field) {
      Uitzondering u = uitzondering(component, field);
      return u != null && toont(u, field);
    }

    /** The exception for this field, or null. A loop: it runs for every field of every answer. */
    private Uitzondering uitzondering(String component, Shape.Field field) {
      for (Uitzondering u : uitzonderingen) {
        if (u.veld().equals(field.name())
            && u.schema().equals(field.owner())
            && u.component().equals(component)) {
          return u;
        }
      }
      return null;
    }

    /** An exception never shows special categories to an enforcement role without its law. */
    private boolean toont(Uitzondering u, Shape.Field field) {
      Gegevenscategorie categorie = field.category();
      boolean verboden =
          handhavend
              && Gegevenscategorie.BIJZONDER.contains(categorie)
              && !domeinwet.map(w -> w.categorieen().contains(categorie)).orElse(false);
      return u.zichtbaar() && !verboden;
    }
  }

  /** The default policy shipped in the api-specs jar. */
  public static ViewPolicy standaard() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream("views/policy.yaml")) {
      if (in == null) {
        throw new IllegalStateException("No views/policy.yaml on the classpath");
      }
      return parse(YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read views/policy.yaml", e);
    }
  }

  public static ViewPolicy read(Path file) {
    try {
      return parse(YAML.readTree(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the view policy " + file, e);
    }
  }

  public static ViewPolicy parse(String yaml) {
    try {
      return parse(YAML.readTree(yaml));
    } catch (IOException e) {
      throw new IllegalArgumentException("The view policy is not YAML", e);
    }
  }

  private static ViewPolicy parse(JsonNode root) {
    List<String> errors = new ArrayList<>();
    Map<String, Activiteit> activiteiten = new LinkedHashMap<>();
    root.path("verwerkingsactiviteiten")
        .fields()
        .forEachRemaining(
            e ->
                activiteiten.put(
                    e.getKey(),
                    new Activiteit(
                        e.getKey(),
                        e.getValue().path("omschrijving").asText(""),
                        e.getValue().path("grondslag").asText(""),
                        e.getValue().path("betrokkenen").asText(""),
                        e.getValue().path("bewaartermijn").asText(""))));
    Map<String, Rol> rollen = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rollen").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      rollen.put(e.getKey(), rol(e.getKey(), e.getValue(), errors));
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("Invalid view policy:\n  " + String.join("\n  ", errors));
    }
    return new ViewPolicy(
        Map.copyOf(activiteiten),
        java.util.Collections.unmodifiableMap(rollen),
        root.path("verwerkingsverantwoordelijke")
            .asText("Het college van burgemeester en wethouders van de gemeente"));
  }

  private static Rol rol(String naam, JsonNode node, List<String> errors) {
    Optional<Domeinwet> wet = Optional.empty();
    if (node.hasNonNull("domeinwet")) {
      JsonNode w = node.get("domeinwet");
      wet =
          Optional.of(
              new Domeinwet(
                  w.path("naam").asText(""),
                  categorieen(naam + ".domeinwet", w.path("categorieen"), errors),
                  w.path("reden").asText("")));
    }
    List<Uitzondering> uitzonderingen = new ArrayList<>();
    for (JsonNode u : node.path("uitzonderingen")) {
      String veld = u.path("veld").asText("");
      int slash = veld.indexOf('/');
      int dot = veld.indexOf('.', Math.max(slash, 0));
      if (slash < 1 || dot < slash + 2 || dot == veld.length() - 1) {
        errors.add(
            "rollen."
                + naam
                + ".uitzonderingen: veld '"
                + veld
                + "' is not <component>/<Schema>.<property>");
        continue;
      }
      uitzonderingen.add(
          new Uitzondering(
              veld.substring(0, slash),
              veld.substring(slash + 1, dot),
              veld.substring(dot + 1),
              u.path("zichtbaar").asBoolean(false),
              u.path("reden").asText("")));
    }
    return new Rol(
        naam,
        node.path("omschrijving").asText(""),
        node.path("handhavend").asBoolean(false),
        wet,
        node.path("objecttoegang").asText(""),
        strings(node.path("verwerkingsactiviteiten")),
        categorieen(naam, node.path("categorieen"), errors),
        strings(node.path("operaties")),
        List.copyOf(uitzonderingen));
  }

  private static Set<Gegevenscategorie> categorieen(
      String waar, JsonNode list, List<String> errors) {
    Set<Gegevenscategorie> set = EnumSet.noneOf(Gegevenscategorie.class);
    for (JsonNode code : list) {
      Gegevenscategorie.fromCode(code.asText())
          .ifPresentOrElse(
              set::add,
              () ->
                  errors.add(
                      "rollen." + waar + ": unknown gegevenscategorie '" + code.asText() + "'"));
    }
    return java.util.Collections.unmodifiableSet(set);
  }

  private static Set<String> strings(JsonNode list) {
    Set<String> set = new LinkedHashSet<>();
    list.forEach(v -> set.add(v.asText()));
    return java.util.Collections.unmodifiableSet(set);
  }

  /** A copy in which {@code rol} lacks one category grant. */
  public ViewPolicy without(String rol, Gegevenscategorie categorie) {
    return replace(rol, r -> copy(r, minus(r.categorieen(), categorie), r.operaties()));
  }

  /** A copy in which {@code rol} lacks one operation. */
  public ViewPolicy without(String rol, String operatie) {
    return replace(rol, r -> copy(r, r.categorieen(), minus(r.operaties(), operatie)));
  }

  private ViewPolicy replace(String rol, java.util.function.UnaryOperator<Rol> change) {
    Map<String, Rol> copy = new LinkedHashMap<>(rollen);
    copy.computeIfPresent(rol, (k, r) -> change.apply(r));
    return new ViewPolicy(
        activiteiten, java.util.Collections.unmodifiableMap(copy), verwerkingsverantwoordelijke);
  }

  private static Rol copy(Rol r, Set<Gegevenscategorie> categorieen, Set<String> operaties) {
    return new Rol(
        r.naam(),
        r.omschrijving(),
        r.handhavend(),
        r.domeinwet(),
        r.objecttoegang(),
        r.verwerkingsactiviteiten(),
        categorieen,
        operaties,
        r.uitzonderingen());
  }

  private static <T> Set<T> minus(Set<T> set, T value) {
    Set<T> copy = new LinkedHashSet<>(set);
    copy.remove(value);
    return java.util.Collections.unmodifiableSet(copy);
  }
}
