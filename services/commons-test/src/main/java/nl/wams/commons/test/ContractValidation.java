package nl.wams.commons.test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * REST Assured filters that check an exchange against the service's own contract (the {@code
 * META-INF/openapi.yaml} it serves). Happy-path tests validate both request and response; tests
 * that deliberately send bad input validate only the response, which must still be exactly what the
 * contract promises for errors.
 */
public final class ContractValidation {

  private static OpenApiValidationFilter full;
  private static OpenApiValidationFilter responsesOnly;

  private ContractValidation() {}

  /** Validates request and response. */
  public static synchronized OpenApiValidationFilter contract() {
    if (full == null) {
      full = new OpenApiValidationFilter(validator(LevelResolver.create().build()));
    }
    return full;
  }

  /** Validates only the response; for requests that break the contract on purpose. */
  public static synchronized OpenApiValidationFilter responseContract() {
    if (responsesOnly == null) {
      responsesOnly =
          new OpenApiValidationFilter(
              validator(
                  LevelResolver.create()
                      .withLevel("validation.request", ValidationReport.Level.IGNORE)
                      .build()));
    }
    return responsesOnly;
  }

  private static OpenApiInteractionValidator validator(LevelResolver levels) {
    return OpenApiInteractionValidator.createForInlineApiSpecification(spec())
        .withLevelResolver(levels)
        .build();
  }

  private static String spec() {
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream("META-INF/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("No META-INF/openapi.yaml on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
