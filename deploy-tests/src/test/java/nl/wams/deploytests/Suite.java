package nl.wams.deploytests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts about the suite that the deployment files must agree with. */
final class Suite {
  private static final Pattern PORT_LINE = Pattern.compile("^([a-z]+): (\\d+)$", Pattern.MULTILINE);
  private static final Pattern LOCALHOST = Pattern.compile("localhost:(\\d+)");

  private Suite() {}

  /** The suite's port table as the library chart holds it (wams-common.componentPorts). */
  static Map<String, Integer> componentPorts() {
    String helpers = Repo.read("helm/wams-common/templates/_helpers.tpl");
    int start = helpers.indexOf("define \"wams-common.componentPorts\"");
    String table = helpers.substring(start, helpers.indexOf("{{- end -}}", start));
    Map<String, Integer> ports = new LinkedHashMap<>();
    Matcher line = PORT_LINE.matcher(table);
    while (line.find()) {
      ports.put(line.group(1), Integer.parseInt(line.group(2)));
    }
    return ports;
  }

  /**
   * The components a service calls, read from its configuration: a default address
   * http://localhost:&lt;port&gt; of another component (e.g. wams.onderzoek.url, an event
   * subscriber).
   */
  static Set<String> calledBy(QuarkusServices.Service service) {
    Map<Integer, String> byPort = new LinkedHashMap<>();
    componentPorts().forEach((component, port) -> byPort.put(port, component));
    Set<String> called = new TreeSet<>();
    for (String key : service.properties().stringPropertyNames()) {
      Matcher address = LOCALHOST.matcher(service.properties().getProperty(key));
      while (address.find()) {
        String component = byPort.get(Integer.parseInt(address.group(1)));
        if (component != null && !component.equals(service.name())) {
          called.add(component);
        }
      }
    }
    return called;
  }

  static boolean validatesTokens(QuarkusServices.Service service) {
    return service.pom().contains("<artifactId>wams-commons-security</artifactId>");
  }

  /** A property of a POM (the first definition in the given files), e.g. keycloak.version. */
  static String pomProperty(String property, String... poms) {
    Pattern definition = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</");
    for (String pom : poms) {
      Matcher matcher = definition.matcher(Repo.read(pom));
      if (matcher.find()) {
        return matcher.group(1).trim();
      }
    }
    throw new AssertionError(property + " is defined in none of " + String.join(", ", poms));
  }
}
