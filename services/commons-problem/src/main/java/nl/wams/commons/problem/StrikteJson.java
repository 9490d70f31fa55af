package nl.wams.commons.problem;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * JSON that says what it means. By default Jackson reads an empty string as "no value" for a uuid,
 * a URI or a date, and lets {@code null} stand in a list; either then reached the domain as a null
 * it never expects (a 500). Both are now a {@code MismatchedInputException}, so the client gets 400
 * with the element named in {@code invalidParams} ({@link ProblemExceptionMappers}).
 */
@Singleton
public class StrikteJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    toepassen(mapper);
  }

  /** The same rules for a mapper made outside CDI (tests, tools). */
  public static ObjectMapper toepassen(ObjectMapper mapper) {
    for (LogicalType type : List.of(LogicalType.OtherScalar, LogicalType.DateTime)) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    for (Class<?> lijst : List.of(List.class, Set.class, Collection.class)) {
      mapper.configOverride(lijst).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }
    return mapper;
  }
}
