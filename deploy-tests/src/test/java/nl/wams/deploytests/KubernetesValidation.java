package nl.wams.deploytests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Offline validation of rendered manifests against the Kubernetes API, as far as it can be done
 * without a cluster: every document is read strictly into the fabric8 model of its kind (generated
 * from the Kubernetes OpenAPI schema), so an unknown field (a misspelt or misplaced key), a value
 * of the wrong type or an unparsable quantity is an error; names, label keys and values, port
 * names, environment variable names and ConfigMap keys are checked against the API server's own
 * rules.
 */
final class KubernetesValidation {
  /** Every kind the charts render; anything else is an error until it is added here. */
  private static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "v1/ConfigMap", ConfigMap.class,
          "v1/Secret", Secret.class,
          "v1/Service", Service.class,
          "v1/ServiceAccount", ServiceAccount.class,
          "apps/v1/Deployment", Deployment.class,
          "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
          "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
          "networking.k8s.io/v1/Ingress", Ingress.class);

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .withCoercionConfig(
              LogicalType.Textual,
              text ->
                  text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_NAME =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
  private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
  private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private KubernetesValidation() {}

  /** What the API server would refuse in this document; empty when nothing. */
  static List<String> problems(JsonNode document) {
    List<String> problems = new ArrayList<>();
    String kind = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
    Class<? extends HasMetadata> type = KINDS.get(kind);
    if (type == null) {
      problems.add(kind + ": a kind the validation does not know");
      return problems;
    }
    HasMetadata resource;
    try {
      resource = STRICT.treeToValue(document, type);
    } catch (Exception e) {
      problems.add(kind + ": " + e.getMessage().lines().findFirst().orElse(""));
      return problems;
    }
    String name = kind + " " + resource.getMetadata().getName();
    walk(resource, name, problems);
    checkNames(resource, name, problems);
    return problems;
  }

  private static void checkNames(HasMetadata resource, String where, List<String> problems) {
    String name = resource.getMetadata().getName();
    if (name == null || name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
      problems.add(where + ": metadata.name is not a DNS subdomain");
    }
    if (resource instanceof Service && (name.length() > 63 || !DNS_LABEL.matcher(name).matches())) {
      problems.add(where + ": a Service name must be a DNS-1035 label");
    }
    checkLabels(resource.getMetadata().getLabels(), where + " metadata.labels", problems);
    if (resource instanceof ConfigMap configMap && configMap.getData() != null) {
      configMap.getData().keySet().forEach(key -> checkConfigKey(key, where, problems));
    }
    if (resource instanceof Secret secret && secret.getStringData() != null) {
      secret.getStringData().keySet().forEach(key -> checkConfigKey(key, where, problems));
    }
    if (resource instanceof Deployment deployment) {
      checkLabels(
          deployment.getSpec().getTemplate().getMetadata().getLabels(),
          where + " pod labels",
          problems);
      PodSpec pod = deployment.getSpec().getTemplate().getSpec();
      for (Container container : pod.getContainers()) {
        if (container.getName() == null || container.getImage() == null) {
          problems.add(where + ": a container needs a name and an image");
        }
        for (ContainerPort port : container.getPorts()) {
          String portName = port.getName();
          if (portName != null
              && (portName.length() > 15
                  || !PORT_NAME.matcher(portName).matches()
                  || !portName.matches(".*[a-z].*"))) {
            problems.add(where + ": port name " + portName + " is not an IANA service name");
          }
        }
        for (EnvVar env : container.getEnv()) {
          if (!ENV_NAME.matcher(env.getName()).matches()) {
            problems.add(where + ": environment variable name " + env.getName());
          }
        }
      }
    }
  }

  private static void checkConfigKey(String key, String where, List<String> problems) {
    if (key.length() > 253 || !CONFIG_KEY.matcher(key).matches()) {
      problems.add(where + ": key " + key + " is not a valid ConfigMap/Secret key");
    }
  }

  private static void checkLabels(Map<String, String> labels, String where, List<String> problems) {
    if (labels == null) {
      return;
    }
    labels.forEach(
        (key, value) -> {
          int slash = key.indexOf('/');
          String prefix = slash < 0 ? null : key.substring(0, slash);
          String name = slash < 0 ? key : key.substring(slash + 1);
          if ((prefix != null
                  && (prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()))
              || name.length() > 63
              || !LABEL_NAME.matcher(name).matches()) {
            problems.add(where + ": label key " + key);
          }
          if (value.length() > 63 || !(value.isEmpty() || LABEL_NAME.matcher(value).matches())) {
            problems.add(where + ": label value " + value + " of " + key);
          }
        });
  }

  /** Walks the model: a field the model does not know lands in additionalProperties. */
  private static void walk(Object value, String path, List<String> problems) {
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(item, path + "." + key, problems));
      return;
    }
    if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        walk(item, path + "[" + index++ + "]", problems);
      }
      return;
    }
    if (value instanceof Quantity quantity) {
      try {
        Quantity.getAmountInBytes(quantity);
      } catch (RuntimeException e) {
        problems.add(path + ": not a quantity: " + quantity);
      }
      checkUnknown(quantity.getAdditionalProperties(), path, problems);
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      String name = getter.getName();
      if (getter.getParameterCount() != 0
          || Modifier.isStatic(getter.getModifiers())
          || getter.getDeclaringClass() == Object.class
          || !name.startsWith("get")
          || name.length() == 3) {
        continue;
      }
      Object field = invoke(getter, value);
      if (name.equals("getAdditionalProperties")) {
        checkUnknown((Map<?, ?>) field, path, problems);
      } else {
        walk(
            field,
            path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4),
            problems);
      }
    }
  }

  private static void checkUnknown(Map<?, ?> unknown, String path, List<String> problems) {
    if (unknown != null && !unknown.isEmpty()) {
      problems.add(path + ": unknown field(s) " + unknown.keySet());
    }
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + getter, e);
    }
  }
}
