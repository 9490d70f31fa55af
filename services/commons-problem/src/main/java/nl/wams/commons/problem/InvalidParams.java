package nl.wams.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the failures of reading and validating a request into {@link InvalidParam}s named as the
 * client knows them: the JSON path of a body field, or the HTTP name of a query/header/path
 * parameter. Reasons are written here in Dutch and never echo the rejected value.
 */
public final class InvalidParams {

  private InvalidParams() {}

  public static InvalidParam fromJson(JsonMappingException e) {
    String name = jsonPath(e.getPath());
    if (e instanceof UnrecognizedPropertyException) {
      return new InvalidParam(
          name, InvalidParam.UNKNOWN_FIELD, "Dit veld bestaat niet in het contract.");
    }
    if (name.isEmpty()) {
      return new InvalidParam(
          "body", InvalidParam.INVALID_JSON, "De body heeft niet de vorm die het contract vraagt.");
    }
    return new InvalidParam(
        name,
        InvalidParam.INVALID,
        "De waarde heeft niet het type of de waarde die het contract toestaat.");
  }

  public static InvalidParam fromJson(JsonParseException e) {
    return new InvalidParam("body", InvalidParam.INVALID_JSON, "De body is geen geldige JSON.");
  }

  public static List<InvalidParam> fromViolations(
      Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(InvalidParams::fromViolation)
        .sorted(Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::code))
        .distinct()
        .toList();
  }

  static InvalidParam fromViolation(ConstraintViolation<?> violation) {
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String name = clientName(violation);
    return switch (constraint) {
      case "NotNull", "NotEmpty", "NotBlank" ->
          new InvalidParam(name, InvalidParam.REQUIRED, "Dit veld is verplicht.");
      case "Size" ->
          new InvalidParam(
              name,
              "invalid-length",
              "De lengte moet tussen "
                  + attributes.get("min")
                  + " en "
                  + attributes.get("max")
                  + " liggen.");
      case "Min", "DecimalMin" ->
          new InvalidParam(
              name,
              "out-of-range",
              "De waarde moet minstens " + attributes.get("value") + " zijn.");
      case "Max", "DecimalMax" ->
          new InvalidParam(
              name,
              "out-of-range",
              "De waarde mag hoogstens " + attributes.get("value") + " zijn.");
      case "Pattern" ->
          new InvalidParam(
              name,
              InvalidParam.INVALID,
              "De waarde past niet in het patroon " + attributes.get("regexp") + ".");
      case "Email" ->
          new InvalidParam(name, InvalidParam.INVALID, "Dit is geen geldig e-mailadres.");
      default -> new InvalidParam(name, InvalidParam.INVALID, "De waarde is ongeldig.");
    };
  }

  /**
   * Re-reads the query parameters of the matched resource method and names those whose value cannot
   * be converted to the declared enum, date or number type.
   */
  public static List<InvalidParam> fromQueryConversion(
      Class<?> resourceClass,
      String methodName,
      Class<?>[] parameterTypes,
      MultivaluedMap<String, String> query) {
    List<InvalidParam> invalid = new ArrayList<>();
    for (Method method : allMethods(resourceClass)) {
      if (!method.getName().equals(methodName)
          || !Arrays.equals(method.getParameterTypes(), parameterTypes)) {
        continue;
      }
      Annotation[][] annotations = method.getParameterAnnotations();
      for (int i = 0; i < annotations.length; i++) {
        for (Annotation annotation : annotations[i]) {
          if (annotation instanceof QueryParam param && query.containsKey(param.value())) {
            for (String value : query.get(param.value())) {
              if (!convertible(parameterTypes[i], value)) {
                invalid.add(
                    new InvalidParam(
                        param.value(),
                        InvalidParam.INVALID,
                        "Deze waarde past niet bij het type of de lijst van het contract."));
              }
            }
          }
        }
      }
      if (!invalid.isEmpty()) {
        return invalid;
      }
    }
    return invalid;
  }

  private static boolean convertible(Class<?> type, String value) {
    try {
      if (type.isEnum()) {
        return Arrays.stream(type.getEnumConstants())
            .anyMatch(c -> c.toString().equals(value) || ((Enum<?>) c).name().equals(value));
      }
      if (type == LocalDate.class) {
        LocalDate.parse(value);
      } else if (type == Integer.class || type == int.class) {
        Integer.parseInt(value);
      } else if (type == Long.class || type == long.class) {
        Long.parseLong(value);
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder name = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        name.append('[').append(ref.getIndex()).append(']');
      }
    }
    return name.toString();
  }

  /**
   * A violation's path starts with the resource method and its parameter. A parameter bound to the
   * HTTP request keeps its HTTP name (e.g. {@code Idempotency-Key}); for the body the parameter
   * node is dropped so that the name is the JSON path within the body.
   */
  private static String clientName(ConstraintViolation<?> violation) {
    String methodName = null;
    StringBuilder name = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        methodName = node.getName();
      } else if (node.getKind() == ElementKind.PARAMETER) {
        String httpName =
            httpParameterName(
                violation.getRootBeanClass(),
                methodName,
                node.as(Path.ParameterNode.class).getParameterIndex());
        if (httpName != null) {
          name.append(httpName);
        }
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.getName() == null) {
          continue;
        }
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(node.getName());
        if (node.getIndex() != null) {
          name.append('[').append(node.getIndex()).append(']');
        }
      }
    }
    return name.isEmpty() ? "body" : name.toString();
  }

  private static String httpParameterName(Class<?> type, String methodName, int index) {
    if (type == null || methodName == null) {
      return null;
    }
    for (Method method : allMethods(type)) {
      if (method.getName().equals(methodName) && method.getParameterCount() > index) {
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
          String value = annotationValue(annotation);
          if (value != null) {
            return value;
          }
        }
      }
    }
    return null;
  }

  /**
   * The methods of a type, its superclasses and all their interfaces (where JAX-RS annotations
   * sit).
   */
  private static List<Method> allMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> current = todo.pop();
      methods.addAll(List.of(current.getDeclaredMethods()));
      if (current.getSuperclass() != null) {
        todo.push(current.getSuperclass());
      }
      todo.addAll(List.of(current.getInterfaces()));
    }
    return methods;
  }

  private static String annotationValue(Annotation annotation) {
    return switch (annotation) {
      case QueryParam q -> q.value();
      case HeaderParam h -> h.value();
      case PathParam p -> p.value();
      case CookieParam c -> c.value();
      case FormParam f -> f.value();
      default -> null;
    };
  }
}
