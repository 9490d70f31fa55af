package nl.wams.deploytests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings a service knows, as environment variable names (MicroProfile Config: upper case,
 * every character other than a letter or digit becomes '_'). An environment variable that a
 * deployment sets must be one of these, so a misspelt name cannot silently do nothing.
 */
final class Settings {
  /** A setting name in back-quotes in the documentation, e.g. `quarkus.datasource.jdbc.url`. */
  private static final Pattern DOCUMENTED =
      Pattern.compile("`([a-z][a-z0-9-]*(\\.[a-z0-9\"-]+)+)`");

  /** An environment variable a property expression reads, e.g. ${WAMS_ONDERZOEK_URL:...}. */
  private static final Pattern REFERENCED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

  private static final Pattern COMMONS =
      Pattern.compile("<artifactId>wams-(commons-[a-z-]+)</artifactId>");

  /** Variables of the container image itself (docker/Dockerfile), not Quarkus settings. */
  static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND");

  private Settings() {}

  static String environmentName(String property) {
    return property.replaceFirst("^%[a-z-]+\\.", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
  }

  /**
   * Settings of the service: its application.properties (and the environment variables its
   * expressions read), the defaults of the commons modules it depends on, docs/configuration.md.
   */
  static Set<String> ofService(QuarkusServices.Service service) {
    Set<String> names = new TreeSet<>(of(service.properties()));
    Matcher commons = COMMONS.matcher(service.pom());
    while (commons.find()) {
      Path defaults =
          Repo.path(
              "services/"
                  + commons.group(1)
                  + "/src/main/resources/META-INF/microprofile-config.properties");
      if (Files.isRegularFile(defaults)) {
        names.addAll(of(QuarkusServices.properties(defaults)));
      }
    }
    names.addAll(documentedIn("docs/configuration.md"));
    return names;
  }

  /** Settings that wams-commons-observability provides defaults for. */
  static Set<String> ofObservability() {
    return of(
        QuarkusServices.properties(
            Repo.path(
                "services/commons-observability/src/main/resources/META-INF/microprofile-config.properties")));
  }

  static Set<String> of(Properties properties) {
    Set<String> names = new TreeSet<>();
    for (String key : properties.stringPropertyNames()) {
      if (!key.equals("config_ordinal")) {
        names.add(environmentName(key));
      }
      Matcher referenced = REFERENCED.matcher(properties.getProperty(key));
      while (referenced.find()) {
        names.add(referenced.group(1));
      }
    }
    return names;
  }

  static Set<String> documentedIn(String document) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = DOCUMENTED.matcher(Repo.read(document));
    while (matcher.find()) {
      names.add(environmentName(matcher.group(1)));
    }
    return names;
  }
}
