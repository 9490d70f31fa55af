package nl.wams.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.wams.gateway.view.Contract;
import nl.wams.gateway.view.Shape;

/**
 * A real HTTP backend for the gateway's tests that answers every operation of the given contracts
 * with the fullest body its contract allows: every property present at every depth, arrays with one
 * element. So a field outside a role's view that the gateway fails to cut would show up. It records
 * what reaches it, adds a {@code Wams-Betrokkenen} header, and can be told to be slow or to fail
 * (for time-outs and the circuit breaker).
 */
public final class SpecBackend implements AutoCloseable {

  /** One request as the backend received it. */
  public record Received(
      String method, String uri, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final List<Contract> contracts;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong delayMillis = new AtomicLong();
  private final AtomicInteger failWith = new AtomicInteger();

  public SpecBackend(List<Contract> contracts) {
    this.contracts = contracts;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    server.createContext("/_proef/", this::control);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  public String url() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public void clear() {
    received.clear();
  }

  public void delay(long millis) {
    delayMillis.set(millis);
  }

  /** Answer every request with this status (0: normal answers). */
  public void failWith(int status) {
    failWith.set(status);
  }

  /**
   * Control over HTTP, because Quarkus tests load classes in more than one class loader: GET
   * received, POST clear, POST delay/{ms}, POST fail/{status}.
   */
  private void control(HttpExchange exchange) throws IOException {
    String[] parts = exchange.getRequestURI().getPath().split("/");
    String command = parts[2];
    switch (command) {
      case "received" -> {
        send(exchange, 200, "application/json", JSON.writeValueAsString(received()));
        return;
      }
      case "clear" -> clear();
      case "delay" -> delay(Long.parseLong(parts[3]));
      case "fail" -> failWith(Integer.parseInt(parts[3]));
      default -> throw new IllegalArgumentException(command);
    }
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String uri = exchange.getRequestURI().toString();
    received.add(
        new Received(
            exchange.getRequestMethod(), uri, Map.copyOf(exchange.getRequestHeaders()), body));
    try {
      long delay = delayMillis.get();
      if (delay > 0) {
        Thread.sleep(delay);
      }
      if (failWith.get() > 0) {
        send(
            exchange,
            failWith.get(),
            "application/problem+json",
            "{\"status\":" + failWith.get() + "}");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.endsWith("/openapi.yaml")) {
        send(exchange, 200, "application/yaml", "openapi: 3.0.3\n");
        return;
      }
      Optional<Contract.Operation> op = operation(exchange.getRequestMethod(), path);
      if (op.isEmpty()) {
        send(exchange, 404, "application/problem+json", "{\"status\":404}");
        return;
      }
      int status = successStatus(op.get());
      Optional<Shape> shape = op.get().response(status);
      exchange.getResponseHeaders().add("Wams-Betrokkenen", "999993653");
      exchange.getResponseHeaders().add("API-Version", "1.0.0");
      if (shape.isEmpty()) {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
        return;
      }
      send(exchange, status, "application/json", JSON.writeValueAsString(fullest(shape.get())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException gatewayGaveUp) {
      // the gateway timed out and closed the connection
    }
  }

  private Optional<Contract.Operation> operation(String method, String path) {
    for (Contract contract : contracts) {
      Optional<Contract.Operation> op =
          contract.operations().values().stream()
              .filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
              .max((a, b) -> Integer.compare(a.literalSegments(), b.literalSegments()));
      if (op.isPresent()) {
        return op;
      }
    }
    return Optional.empty();
  }

  /** The lowest 2xx status the contract lists for the operation. */
  public static int successStatus(Contract.Operation op) {
    for (int status = 200; status < 300; status++) {
      if (op.responses().containsKey(String.valueOf(status))) {
        return status;
      }
    }
    return 204;
  }

  /** The fullest JSON value of a shape: every property, arrays of one. */
  public static JsonNode fullest(Shape shape) {
    return fullest(shape, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static JsonNode fullest(Shape shape, Set<Shape> path) {
    if (shape.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      array.add(fullest(shape.items(), path));
      return array;
    }
    if (shape.properties().isEmpty()) {
      return JsonNodeFactory.instance.textNode("x");
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    if (!path.add(shape)) {
      return object;
    }
    shape.properties().forEach((name, field) -> object.set(name, fullest(field.shape(), path)));
    path.remove(shape);
    return object;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
