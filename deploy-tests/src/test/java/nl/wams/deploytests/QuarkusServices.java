package nl.wams.deploytests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The deployable Wams components as the build knows them: every module under services/ that is a
 * Quarkus application (its pom runs the quarkus-maven-plugin) and the gateway (gateway/, the entry
 * point), each with its application.properties. Each gets an image, a compose entry and a chart.
 */
final class QuarkusServices {
  private QuarkusServices() {}

  /** The module folder of the gateway; every other component lives under services/. */
  static final String GATEWAY = "gateway";

  record Service(String name, Path dir, Properties properties) {
    /** The module's folder relative to the repository root, e.g. services/meldpunt or gateway. */
    String module() {
      return Repo.ROOT.relativize(dir).toString().replace(java.io.File.separatorChar, '/');
    }

    int port() {
      return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    String basePath() {
      return properties.getProperty("quarkus.rest.path");
    }

    String pom() {
      return Repo.read(dir.resolve("pom.xml"));
    }
  }

  static List<Service> all() {
    try (Stream<Path> dirs = Files.list(Repo.path("services"))) {
      return Stream.concat(dirs, Stream.of(Repo.path(GATEWAY)))
          .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
          .filter(dir -> Repo.read(dir.resolve("pom.xml")).contains("quarkus-maven-plugin"))
          .sorted(java.util.Comparator.comparing(dir -> dir.getFileName().toString()))
          .map(
              dir ->
                  new Service(
                      dir.getFileName().toString(),
                      dir,
                      properties(dir.resolve("src/main/resources/application.properties"))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Properties properties(Path file) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(Repo.read(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
