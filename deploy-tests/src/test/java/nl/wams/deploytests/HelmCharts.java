package nl.wams.deploytests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs Helm (the real Helm, as a library through helm-java) on a copy of helm/ under target/, so
 * `helm dependency update` never writes into the source tree. Every rendering is also written to
 * target/rendered/ for inspection.
 */
final class HelmCharts {
  /** The Kubernetes version the charts are rendered for: the oldest one we support. */
  static final String KUBE_VERSION = "1.30.0";

  static final String RELEASE = "wams";
  static final String NAMESPACE = "wams";

  private static final Path TARGET = Repo.path("deploy-tests/target");
  private static final Path WORK = TARGET.resolve("helm-work");
  private static final Path RENDERED = TARGET.resolve("rendered");
  private static final Path VALUES = TARGET.resolve("helm-values");
  private static final YAMLMapper YAML = new YAMLMapper();
  private static boolean prepared;

  private HelmCharts() {}

  /** The charts of the suite: helm/ plus the test fixtures, with their dependencies built. */
  static synchronized Path work() {
    if (!prepared) {
      deleteRecursively(WORK);
      deleteRecursively(RENDERED);
      deleteRecursively(VALUES);
      copyChildren(Repo.path("helm"), WORK);
      copyChildren(Repo.path("deploy-tests/src/test/resources/charts"), WORK);
      Set<String> updated = new HashSet<>();
      try (Stream<Path> charts = Files.list(WORK)) {
        for (Path chart :
            charts
                .filter(dir -> Files.isRegularFile(dir.resolve("Chart.yaml")))
                .sorted()
                .toList()) {
          updateDependencies(chart.getFileName().toString(), updated);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      prepared = true;
    }
    return WORK;
  }

  /** Every chart under helm/ (not the fixtures). */
  static List<String> chartNames() {
    try (Stream<Path> dirs = Files.list(Repo.path("helm"))) {
      return dirs.filter(dir -> Files.isRegularFile(dir.resolve("Chart.yaml")))
          .map(dir -> dir.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode chartYaml(String chart) {
    return readYaml(Repo.path("helm/" + chart + "/Chart.yaml"));
  }

  static LintResult lint(String chart) {
    return new Helm(work().resolve(chart)).lint().strict().call();
  }

  /** Renders a chart with the given values documents (YAML text, applied in order). */
  static Rendered render(String chart, String label, String... values) {
    TemplateCommand template = template(chart, label, values);
    String manifest = Objects.requireNonNullElse(template.call(), "");
    write(RENDERED.resolve(label + ".yaml"), manifest);
    return new Rendered(label, parseAll(manifest));
  }

  /** Renders a chart that must be refused; answers Helm's error message. */
  static String renderFailure(String chart, String label, String... values) {
    try {
      String manifest = template(chart, label, values).call();
      throw new AssertionError(label + ": Helm rendered values that must be refused:\n" + manifest);
    } catch (IllegalStateException refused) {
      return refused.getMessage();
    }
  }

  private static TemplateCommand template(String chart, String label, String... values) {
    TemplateCommand template =
        new Helm(work().resolve(chart))
            .template()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withKubeVersion(KUBE_VERSION);
    for (int i = 0; i < values.length; i++) {
      Path file = VALUES.resolve(label + "-" + i + ".yaml");
      write(file, values[i]);
      template.withValuesFile(file);
    }
    return template;
  }

  static List<JsonNode> parseAll(String manifest) {
    try {
      List<JsonNode> documents = new ArrayList<>();
      for (JsonNode document :
          YAML.readValues(new YAMLFactory().createParser(manifest), JsonNode.class).readAll()) {
        if (document != null && document.isObject() && !document.isEmpty()) {
          documents.add(document);
        }
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectMapper yaml() {
    return YAML;
  }

  private static void updateDependencies(String chart, Set<String> updated) {
    if (!updated.add(chart)) {
      return;
    }
    JsonNode dependencies =
        readYaml(WORK.resolve(chart).resolve("Chart.yaml")).path("dependencies");
    for (JsonNode dependency : dependencies) {
      String repository = dependency.path("repository").asText();
      if (!repository.startsWith("file://../")) {
        throw new IllegalStateException(
            chart + ": only file://../<chart> dependencies are expected");
      }
      updateDependencies(repository.substring("file://../".length()), updated);
    }
    if (!dependencies.isEmpty()) {
      new Helm(WORK.resolve(chart)).dependency().update().skipRefresh().call();
    }
  }

  private static void copyChildren(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of one rendering. */
  record Rendered(String label, List<JsonNode> documents) {
    List<JsonNode> ofKind(String kind) {
      return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    JsonNode one(String kind) {
      List<JsonNode> found = ofKind(kind);
      if (found.size() != 1) {
        throw new AssertionError(label + ": expected one " + kind + ", found " + found.size());
      }
      return found.get(0);
    }

    ObjectNode container() {
      return (ObjectNode)
          one("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
    }
  }
}
