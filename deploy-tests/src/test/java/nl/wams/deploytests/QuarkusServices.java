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
 * The Wams services as the build knows them: every module under services/ that is a Quarkus
 * application (its pom runs the quarkus-maven-plugin), with its application.properties.
 */
final class QuarkusServices {
  private QuarkusServices() {}

  record Service(String name, Path dir, Properties properties) {
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
      return dirs.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
          .filter(dir -> Repo.read(dir.resolve("pom.xml")).contains("quarkus-maven-plugin"))
          .sorted()
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
