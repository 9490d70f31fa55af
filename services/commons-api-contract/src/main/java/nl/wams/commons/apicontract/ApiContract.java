package nl.wams.commons.apicontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The service's OpenAPI document as shipped in {@code META-INF/openapi.yaml} (copied unchanged from
 * {@code api-specs/<component>/openapi.yaml} by the build). Its version and base path are read from
 * the document itself, so the header and the URLs can never drift from the contract.
 */
public final class ApiContract {

  public static final String RESOURCE = "META-INF/openapi.yaml";

  private final byte[] yaml;
  private final byte[] json;
  private final String version;
  private final String basePath;

  private ApiContract(byte[] yaml) {
    try {
      JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
      this.yaml = yaml;
      this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
      this.version = document.path("info").path("version").asText();
      this.basePath = document.path("servers").path(0).path("url").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    if (version.isEmpty() || !basePath.startsWith("/")) {
      throw new IllegalStateException(
          RESOURCE + " lacks info.version or a relative servers[0].url");
    }
  }

  public static ApiContract fromClasspath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("No " + RESOURCE + " on the classpath");
      }
      return new ApiContract(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] yaml() {
    return yaml.clone();
  }

  public byte[] json() {
    return json.clone();
  }

  /** The full API version, e.g. {@code 1.0.0}, sent as the {@code API-Version} header. */
  public String version() {
    return version;
  }

  /** The base path, e.g. {@code /meldpunt/v1}. */
  public String basePath() {
    return basePath;
  }
}
