package nl.wams.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.Problem;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.CachingBearerAuthentication;
import nl.wams.commons.security.TokenClaims;
import nl.wams.gateway.logboek.AuditRegel;
import nl.wams.gateway.logboek.LogboekConfig;
import nl.wams.gateway.logboek.LogboekSchrijver;
import nl.wams.gateway.logboek.LogboekZoeker;
import nl.wams.gateway.logboek.Pseudoniem;
import nl.wams.gateway.logboek.Verwerking;
import nl.wams.gateway.view.Aflevering;
import nl.wams.gateway.view.Contract;
import nl.wams.gateway.view.Selectie;
import nl.wams.gateway.view.Shape;
import nl.wams.gateway.view.Views;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The request path of the gateway, as Vert.x routes: {@code /<component>/v1/**}.
 *
 * <p>Spec documents pass unauthenticated. Every other request: read the body (size limit) →
 * authenticate (bearer token, commons-security) → rate limit per client → which operation → purpose
 * and operation allowed for the role → {@code fields} valid → a write sets only fields of the
 * role's view → circuit closed → forward with the token and traceparent → cut the response to the
 * view, apply {@code fields}, drop the data-subjects header → write the Logboek and audit records
 * and wait for their commit → answer (503 and nothing disclosed when they cannot be written).
 * {@code /logboek/v1/**} is answered by the gateway itself ({@link LogboekZoeker}) along the same
 * path.
 */
@Singleton
public class Gateway {

  private static final Logger LOG = Logger.getLogger(Gateway.class);
  private static final Pattern ROUTE = Pattern.compile("/([a-z][a-z0-9-]*)/v1(/.*)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Views views;
  private final CachingBearerAuthentication authentication;
  private final IdentityProviderManager identityProviders;
  private final GatewayConfig config;
  private final HttpClient client;
  private final long maxBodyBytes;
  private final RateLimiter rateLimiter;
  private final Map<String, Onderdeel> onderdelen = new ConcurrentHashMap<>();
  private final LogboekConfig logboek;
  private final LogboekSchrijver schrijver;
  private final LogboekZoeker zoeker;
  private final Pseudoniem pseudoniem;

  Gateway(
      Views views,
      CachingBearerAuthentication authentication,
      IdentityProviderManager identityProviders,
      GatewayConfig config,
      Vertx vertx,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      LogboekConfig logboek,
      LogboekSchrijver schrijver,
      LogboekZoeker zoeker,
      Pseudoniem pseudoniem) {
    this.views = views;
    this.logboek = logboek;
    this.schrijver = schrijver;
    this.zoeker = zoeker;
    this.pseudoniem = pseudoniem;
    this.authentication = authentication;
    this.identityProviders = identityProviders;
    this.config = config;
    this.maxBodyBytes = maxBodySize.asLongValue();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64).setConnectTimeout(2000));
    this.rateLimiter = new RateLimiter(config.rateLimit().perSecond(), config.rateLimit().burst());
    config
        .backends()
        .forEach(
            (component, backend) ->
                onderdelen.put(
                    component,
                    Onderdeel.van(
                        backend.url(),
                        new CircuitBreaker(
                            config.circuitBreaker().failures(), config.circuitBreaker().open()))));
  }

  /**
   * A component behind the gateway: where it runs (host, port and the path before {@code
   * /<component>/v1}, parsed once) and its circuit breaker.
   */
  private record Onderdeel(String host, int port, String pad, CircuitBreaker breaker) {
    static Onderdeel van(String url, CircuitBreaker breaker) {
      URI base = URI.create(url);
      String pad = base.getRawPath() == null ? "" : base.getRawPath();
      return new Onderdeel(
          base.getHost(),
          base.getPort() > 0 ? base.getPort() : 80,
          pad.endsWith("/") ? pad.substring(0, pad.length() - 1) : pad,
          breaker);
    }
  }

  void routes(@Observes Router router) {
    router.routeWithRegex(ROUTE.pattern()).order(-10).handler(this::handle);
  }

  /** One request through the gateway. */
  private record Exchange(
      RoutingContext ctx,
      String component,
      GatewayConfig.Backend backend,
      Contract contract,
      Buffer body) {
    String path() {
      return ctx.request().path();
    }
  }

  private void handle(RoutingContext ctx) {
    Matcher route = ROUTE.matcher(ctx.request().path());
    route.matches();
    String component = route.group(1);
    GatewayConfig.Backend backend = config.backends().get(component);
    Contract contract = views.contracts().get(component);
    boolean intern = component.equals(LogboekZoeker.COMPONENT);
    if ((backend == null && !intern) || contract == null) {
      problem(ctx, ProblemType.NOT_FOUND, "Deze API bestaat niet.", List.of());
      return;
    }
    readBody(
        ctx,
        body -> {
          Exchange exchange = new Exchange(ctx, component, backend, contract, body);
          String path = exchange.path();
          if (ctx.request().method() == HttpMethod.GET
              && (path.equals(contract.basePath() + "/openapi.json")
                  || path.equals(contract.basePath() + "/openapi.yaml"))) {
            forward(exchange, null, null, null);
          } else {
            String traceparent = ctx.request().getHeader(Headers.TRACEPARENT);
            String geldig = Headers.traceparent(traceparent);
            ctx.put(
                Verzoek.SLEUTEL,
                new Verzoek(geldig, traceparent != null && geldig.equals(traceparent.trim())));
            authenticate(exchange);
          }
        });
  }

  private void readBody(RoutingContext ctx, java.util.function.Consumer<Buffer> then) {
    HttpServerRequest request = ctx.request();
    Buffer body = Buffer.buffer();
    AtomicBoolean tooLarge = new AtomicBoolean();
    request.handler(
        chunk -> {
          if (tooLarge.get()) {
            return;
          }
          if (body.length() + chunk.length() > maxBodyBytes) {
            tooLarge.set(true);
            ctx.response().putHeader("Connection", "close");
            problem(
                ctx,
                ProblemType.PAYLOAD_TOO_LARGE,
                "De body mag hoogstens " + maxBodyBytes + " bytes zijn.",
                List.of());
            return;
          }
          body.appendBuffer(chunk);
        });
    request.endHandler(
        end -> {
          if (!tooLarge.get()) {
            then.accept(body);
          }
        });
    request.exceptionHandler(e -> LOG.debugf("request body failed: %s", e.getClass()));
    request.resume();
  }

  private void authenticate(Exchange exchange) {
    RoutingContext ctx = exchange.ctx();
    if (ctx.request().getHeader("Authorization") == null) {
      unauthenticated(ctx);
      return;
    }
    // The mechanism itself (not Quarkus' deferred identity, whose failure path answers on its own),
    // so that a refused token is answered here as problem+json.
    Uni<SecurityIdentity> identityOfToken;
    try {
      identityOfToken = authentication.authenticate(ctx, identityProviders);
    } catch (RuntimeException e) {
      identityOfToken = Uni.createFrom().failure(e);
    }
    identityOfToken
        .subscribe()
        .with(
            identity -> {
              if (identity == null || identity.isAnonymous()) {
                unauthenticated(ctx);
              } else {
                authorise(exchange, identity);
              }
            },
            failure -> {
              if (failure instanceof AuthenticationFailedException
                  || failure instanceof UnauthorizedException) {
                unauthenticated(ctx);
              } else {
                LOG.warnf("Token validation unavailable (%s): answering 503", failure.getClass());
                retryLater(ctx, Duration.ofSeconds(5), "Aanmelden is tijdelijk niet mogelijk.");
              }
            });
  }

  private void authorise(Exchange exchange, SecurityIdentity identity) {
    RoutingContext ctx = exchange.ctx();
    if (config.rateLimit().enabled()) {
      Optional<Duration> wait = rateLimiter.acquire(client(identity), System.nanoTime());
      if (wait.isPresent()) {
        ctx.response().putHeader("Retry-After", seconds(wait.get()));
        problem(
            ctx,
            ProblemType.TOO_MANY_REQUESTS,
            "Deze applicatie stuurt te veel verzoeken; probeer het later opnieuw.",
            List.of());
        return;
      }
    }
    // From here on every answer is written to the audit trail (a 429 above is not: logging what is
    // refused for overload would add to the overload).
    Verzoek verzoek = ctx.get(Verzoek.SLEUTEL);
    verzoek.identiteit = identity;
    String method = ctx.request().method().name();
    verzoek.operatie = method + " " + exchange.path();
    Optional<Contract.Operation> found =
        views.operation(exchange.component(), method, exchange.path());
    if (found.isEmpty()) {
      problem(ctx, ProblemType.NOT_FOUND, "Deze operatie bestaat niet in het contract.", List.of());
      return;
    }
    Contract.Operation op = found.get();
    String activiteit = ctx.request().getHeader(Headers.VERWERKINGSACTIVITEIT);
    verzoek.operatie = op.operationId();
    verzoek.activiteit = activiteit == null ? null : activiteit.trim();
    switch (views.beslis(identity.getRoles(), op, activiteit)) {
      case Views.Besluit.DoelOntbreekt d ->
          problem(
              ctx,
              ProblemType.INVALID_INPUT,
              "Noem de verwerkingsactiviteit (het doel) van dit verzoek.",
              List.of(
                  new InvalidParam(
                      Headers.VERWERKINGSACTIVITEIT,
                      InvalidParam.REQUIRED,
                      "Dit header is verplicht: de verwerkingsactiviteit waarvoor u de gegevens"
                          + " gebruikt.")));
      case Views.Besluit.OperatieNietToegestaan o ->
          problem(
              ctx,
              ProblemType.FORBIDDEN,
              "Uw rol geeft geen toegang tot deze handeling.",
              List.of());
      case Views.Besluit.DoelNietToegestaan o ->
          problem(
              ctx,
              ProblemType.FORBIDDEN,
              "Uw rol mag deze gegevens niet voor deze verwerkingsactiviteit gebruiken.",
              List.of());
      case Views.Besluit.Toegestaan allowed -> {
        verzoek.rollen = allowed.rollen().stream().map(r -> r.naam()).toList();
        checkInput(exchange, op, allowed);
      }
    }
  }

  private void checkInput(Exchange exchange, Contract.Operation op, Views.Besluit.Toegestaan view) {
    RoutingContext ctx = exchange.ctx();
    Selectie selectie = null;
    String fields = ctx.request().getParam(Selectie.PARAMETER);
    if (fields != null && op.isRead()) {
      Selectie.Uitkomst uitkomst = Selectie.parse(fields, op.response(200).orElse(null));
      if (!uitkomst.ongeldig().isEmpty()) {
        problem(
            ctx,
            ProblemType.INVALID_INPUT,
            "De parameter fields noemt velden die deze resource niet heeft.",
            uitkomst.ongeldig());
        return;
      }
      selectie = uitkomst.selectie();
    }
    if (op.request() != null && exchange.body().length() > 0) {
      JsonNode body;
      try {
        body = JSON.readTree(exchange.body().getBytes());
      } catch (java.io.IOException e) {
        problem(
            ctx,
            ProblemType.INVALID_INPUT,
            "De body is geen geldige JSON.",
            List.of(
                new InvalidParam(
                    "body", InvalidParam.INVALID_JSON, "De body is geen geldige JSON.")));
        return;
      }
      List<InvalidParam> forbidden =
          Views.forbiddenWrites(body, op.request(), op.component(), view.rollen());
      if (!forbidden.isEmpty()) {
        problem(
            ctx,
            ProblemType.INVALID_INPUT,
            "Dit verzoek zet gegevens buiten de view van uw rol; er is niets doorgestuurd.",
            forbidden);
        return;
      }
    }
    forward(exchange, op, view, selectie);
  }

  private void forward(
      Exchange exchange, Contract.Operation op, Views.Besluit.Toegestaan view, Selectie selectie) {
    RoutingContext ctx = exchange.ctx();
    if (exchange.backend() == null) {
      zoekInLogboek(exchange, op, view);
      return;
    }
    Onderdeel onderdeel = onderdelen.get(exchange.component());
    CircuitBreaker breaker = onderdeel.breaker();
    Optional<Duration> open = breaker.allow(System.nanoTime());
    if (open.isPresent()) {
      retryLater(ctx, open.get(), "Dit onderdeel is tijdelijk niet beschikbaar.");
      return;
    }
    MultiMap headers = Headers.endToEnd(ctx.request().headers(), Set.of());
    Verzoek verzoek = ctx.get(Verzoek.SLEUTEL);
    headers.set(
        Headers.TRACEPARENT,
        verzoek != null
            ? verzoek.traceparent()
            : Headers.traceparent(ctx.request().getHeader(Headers.TRACEPARENT)));
    RequestOptions options =
        new RequestOptions()
            .setMethod(ctx.request().method())
            .setHost(onderdeel.host())
            .setPort(onderdeel.port())
            .setURI(onderdeel.pad() + exchange.path() + query(ctx))
            .setHeaders(headers);
    long timeout = exchange.backend().timeout().toMillis();
    AtomicBoolean done = new AtomicBoolean();
    long timer =
        ctx.vertx()
            .setTimer(
                timeout,
                t -> {
                  if (done.compareAndSet(false, true)) {
                    breaker.failure(System.nanoTime());
                    problem(
                        ctx,
                        ProblemType.GATEWAY_TIMEOUT,
                        "Dit onderdeel antwoordde niet op tijd.",
                        List.of());
                  }
                });
    if (verzoek != null && logboek.enabled()) {
      verzoek.onderweg = true;
      schrijver.vertrokken();
    }
    client
        .request(options)
        .compose(request -> request.send(exchange.body()))
        .compose(response -> response.body().map(body -> new Received(response, body)))
        .onComplete(
            result -> {
              ctx.vertx().cancelTimer(timer);
              if (!done.compareAndSet(false, true)) {
                return;
              }
              if (result.failed()) {
                breaker.failure(System.nanoTime());
                retryLater(ctx, Duration.ofSeconds(5), "Dit onderdeel is niet bereikbaar.");
                return;
              }
              HttpClientResponse response = result.result().response();
              Answer answer =
                  new Answer(
                      response.statusCode(),
                      response.headers(),
                      response.getHeader("Content-Type"),
                      result.result().body());
              if (answer.status() >= 500) {
                breaker.failure(System.nanoTime());
              } else {
                breaker.success();
              }
              answer(ctx, answer, op, view, selectie);
            });
  }

  private record Received(HttpClientResponse response, Buffer body) {}

  /** A component's answer (or the Logboek's own), before the cut. */
  private record Answer(int status, MultiMap headers, String contentType, Buffer body) {}

  /** {@code /logboek/v1/**}: searched off the event loop, then answered like a component's. */
  private void zoekInLogboek(
      Exchange exchange, Contract.Operation op, Views.Besluit.Toegestaan view) {
    RoutingContext ctx = exchange.ctx();
    Verzoek verzoek = ctx.get(Verzoek.SLEUTEL);
    // Only the resident is held to the BSN of their own token; any other role the policy grants the
    // search (fg, auditor) may search any BSN.
    boolean eigen = view.rollen().stream().allMatch(r -> r.naam().equals("inwoner"));
    String eigenBsn = claim(verzoek.identiteit, "bsn");
    String self = ctx.request().scheme() + "://" + ctx.request().authority() + exchange.path();
    ctx.vertx()
        .executeBlocking(
            () ->
                zoeker.zoek(
                    op.operationId(),
                    exchange.body().getBytes(),
                    ctx.request().getParam("page"),
                    ctx.request().getParam("pageSize"),
                    eigen,
                    eigenBsn,
                    views.policy(),
                    self),
            false)
        .onComplete(
            result -> {
              if (result.failed()) {
                LOG.warnf("The Logboek could not be searched: %s", result.cause().toString());
                retryLater(
                    ctx, Duration.ofSeconds(5), "Het logboek is tijdelijk niet beschikbaar.");
                return;
              }
              switch (result.result()) {
                case LogboekZoeker.Uitkomst.Ongeldig o ->
                    problem(
                        ctx,
                        ProblemType.INVALID_INPUT,
                        "De zoekvraag is ongeldig.",
                        o.invalidParams());
                case LogboekZoeker.Uitkomst.Verboden v ->
                    problem(
                        ctx,
                        ProblemType.FORBIDDEN,
                        "U mag alleen de verwerkingen van uw eigen gegevens inzien.",
                        List.of());
                case LogboekZoeker.Uitkomst.Gevonden g -> {
                  MultiMap headers = MultiMap.caseInsensitiveMultiMap();
                  headers.add("API-Version", exchange.contract().version());
                  headers.add("Cache-Control", "no-store");
                  headers.add("X-Content-Type-Options", "nosniff");
                  headers.add("X-Frame-Options", "DENY");
                  headers.add("Content-Security-Policy", "frame-ancestors 'none'");
                  headers.add("Content-Type", "application/json");
                  headers.add(Headers.BETROKKENEN, g.bsn());
                  answer(
                      ctx,
                      new Answer(
                          200,
                          headers,
                          "application/json",
                          Buffer.buffer(Json.encode(g.body()).getBytes(StandardCharsets.UTF_8))),
                      op,
                      view,
                      null);
                }
              }
            });
  }

  private void answer(
      RoutingContext ctx,
      Answer answer,
      Contract.Operation op,
      Views.Besluit.Toegestaan view,
      Selectie selectie) {
    int status = answer.status();
    MultiMap headers = Headers.endToEnd(answer.headers(), Headers.ALLEEN_VOOR_DE_GATEWAY);
    String betrokkenen = answer.headers().get(Headers.BETROKKENEN);
    Buffer body = answer.body();
    String type = answer.contentType();
    Aflevering aflevering = Aflevering.NIETS;
    if (op != null && body.length() > 0 && isJson(type)) {
      Optional<Shape> shape = op.response(status);
      if (shape.isEmpty()) {
        LOG.warnf(
            "%s answered %d with JSON the contract does not describe; not passed on",
            op.operationId(), status);
        problem(
            ctx, ProblemType.INTERNAL_ERROR, "Het antwoord past niet in het contract.", List.of());
        return;
      }
      try {
        JsonNode json = JSON.readTree(body.getBytes());
        Views.cut(json, shape.get(), op.component(), view.rollen());
        if (selectie != null && status / 100 == 2) {
          selectie.apply(json, shape.get());
        }
        if (logboek.enabled()) {
          aflevering = Aflevering.van(json, shape.get());
        }
        body = Buffer.buffer(JSON.writeValueAsBytes(json));
      } catch (JsonProcessingException e) {
        problem(ctx, ProblemType.INTERNAL_ERROR, "Het antwoord is geen geldige JSON.", List.of());
        return;
      } catch (java.io.IOException e) {
        problem(ctx, ProblemType.INTERNAL_ERROR, "Het antwoord is onleesbaar.", List.of());
        return;
      }
    }
    verstuur(ctx, status, headers, body, betrokkenen, aflevering);
  }

  /**
   * Sends the answer once its Logboek records (one per data subject the component named) and its
   * audit row are committed; when they cannot be within the deadline, 503 and nothing of the body.
   * Answers before authentication, and all answers with the Logboek off, go out at once.
   */
  private void verstuur(
      RoutingContext ctx,
      int status,
      MultiMap headers,
      Buffer body,
      String betrokkenen,
      Aflevering aflevering) {
    Verzoek verzoek = ctx.get(Verzoek.SLEUTEL);
    if (verzoek != null && verzoek.onderweg) {
      verzoek.onderweg = false;
      schrijver.terug();
    }
    if (!logboek.enabled() || verzoek == null || verzoek.identiteit == null) {
      schrijfAntwoord(ctx, status, headers, body);
      return;
    }
    io.vertx.core.Context context = ctx.vertx().getOrCreateContext();
    java.util.concurrent.CompletableFuture<Void> vastgelegd =
        legVast(verzoek, status, betrokkenen, aflevering, context);
    // The deadline is a timer on this request's own event loop (not CompletableFuture.orTimeout,
    // whose shared scheduler thread woke up for every request: ~10 us of CPU each).
    long deadline =
        ctx.vertx()
            .setTimer(
                logboek.deadline().toMillis(),
                t ->
                    vastgelegd.completeExceptionally(
                        new java.util.concurrent.TimeoutException("Logboek deadline passed")));
    // Normally completed by the writer on this request's own context; a writer that stops
    // completes elsewhere, and the answer is brought back to the context.
    vastgelegd.whenComplete(
        (ok, fout) ->
            opContext(
                context,
                () -> {
                  ctx.vertx().cancelTimer(deadline);
                  vastgelegd(ctx, status, headers, body, verzoek, fout);
                }));
  }

  /** Hands the request's records to the writer; a refusal is a failed future, never a throw. */
  private java.util.concurrent.CompletableFuture<Void> legVast(
      Verzoek verzoek,
      int status,
      String betrokkenen,
      Aflevering aflevering,
      io.vertx.core.Context context) {
    try {
      return schrijver.leg(
          verwerkingen(verzoek, status, betrokkenen, aflevering),
          audit(verzoek, status, aflevering),
          context);
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.failedFuture(e);
    }
  }

  private static void opContext(io.vertx.core.Context context, Runnable taak) {
    if (io.vertx.core.Vertx.currentContext() == context) {
      taak.run();
    } else {
      context.runOnContext(v -> taak.run());
    }
  }

  /** The answer once the Logboek has spoken: as it was, or 503 with nothing of it. */
  private void vastgelegd(
      RoutingContext ctx,
      int status,
      MultiMap headers,
      Buffer body,
      Verzoek verzoek,
      Throwable fout) {
    if (fout == null) {
      schrijfAntwoord(ctx, status, headers, body);
    } else {
      LOG.warnf(
          "No Logboek record for %s (%s): answering 503, nothing disclosed",
          verzoek.operatie, fout.getClass().getSimpleName());
      ctx.remove(Verzoek.SLEUTEL);
      retryLater(ctx, Duration.ofSeconds(5), "Het logboek is tijdelijk niet beschikbaar.");
    }
  }

  private static void schrijfAntwoord(
      RoutingContext ctx, int status, MultiMap headers, Buffer body) {
    if (ctx.response().headWritten() || ctx.response().closed()) {
      return;
    }
    ctx.response().setStatusCode(status);
    ctx.response().headers().addAll(headers);
    ctx.response().end(body);
  }

  private List<Verwerking> verwerkingen(
      Verzoek verzoek, int status, String betrokkenen, Aflevering aflevering) {
    if (betrokkenen == null || betrokkenen.isBlank()) {
      return List.of();
    }
    java.time.Instant eind =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    String uitkomst = status / 100 == 2 ? Verwerking.OK : Verwerking.FOUT;
    String rol =
        verzoek.rollen == null
            ? String.join(",", new java.util.TreeSet<>(verzoek.identiteit.getRoles()))
            : String.join(",", verzoek.rollen);
    String organisatie = claim(verzoek.identiteit, "organisatie");
    if (organisatie == null) {
      organisatie = claim(verzoek.identiteit, "gemeente");
    }
    List<Verwerking> records = new ArrayList<>();
    for (String bsn : new java.util.LinkedHashSet<>(List.of(betrokkenen.split(",")))) {
      String trimmed = bsn.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      records.add(
          new Verwerking(
              verzoek.traceId,
              verzoek.spanId,
              verzoek.parentSpanId,
              verzoek.operatie,
              verzoek.start,
              eind,
              uitkomst,
              verzoek.activiteit == null ? "" : verzoek.activiteit,
              pseudoniem.van(trimmed),
              Verwerking.BSN,
              client(verzoek.identiteit),
              rol,
              organisatie,
              aflevering.categorieen(),
              pseudoniem.versie()));
    }
    return records;
  }

  private static AuditRegel audit(Verzoek verzoek, int status, Aflevering aflevering) {
    String sub = claim(verzoek.identiteit, "sub");
    return new AuditRegel(
        verzoek.traceId,
        verzoek.start,
        sub != null ? sub : verzoek.identiteit.getPrincipal().getName(),
        List.copyOf(new java.util.TreeSet<>(verzoek.identiteit.getRoles())),
        client(verzoek.identiteit),
        verzoek.operatie,
        verzoek.activiteit,
        aflevering.velden(),
        aflevering.categorieen(),
        status);
  }

  private static String claim(SecurityIdentity identity, String naam) {
    return identity == null ? null : TokenClaims.tekst(identity.getPrincipal(), naam).orElse(null);
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/json") || type.equals("application/merge-patch+json");
  }

  /** The query string without {@code fields}, which the gateway applies itself. */
  private static String query(RoutingContext ctx) {
    String query = ctx.request().query();
    if (query == null || query.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : query.split("&")) {
      String name = pair.split("=", 2)[0];
      if (!name.equals(Selectie.PARAMETER)) {
        kept.add(pair);
      }
    }
    return kept.isEmpty() ? "" : "?" + String.join("&", kept);
  }

  private static String client(SecurityIdentity identity) {
    return TokenClaims.tekst(identity.getPrincipal(), "azp")
        .orElse(identity.getPrincipal().getName());
  }

  private static String seconds(Duration wait) {
    return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
  }

  private void unauthenticated(RoutingContext ctx) {
    if (ctx.response().headWritten()) {
      return;
    }
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"wams\"");
    problem(
        ctx,
        ProblemType.UNAUTHORIZED,
        "Meld u aan met een geldig toegangstoken (Bearer).",
        List.of());
  }

  private void retryLater(RoutingContext ctx, Duration wait, String detail) {
    if (ctx.response().headWritten()) {
      return;
    }
    ctx.response().putHeader("Retry-After", seconds(wait));
    problem(ctx, ProblemType.SERVICE_UNAVAILABLE, detail, List.of());
  }

  /** A problem answer of the gateway's own; after authentication it goes to the audit trail. */
  void problem(
      RoutingContext ctx, ProblemType type, String detail, List<InvalidParam> invalidParams) {
    if (ctx.response().headWritten()) {
      return;
    }
    Problem problem =
        new Problem(
            type.uri(), type.title(), type.status(), detail, ctx.request().path(), invalidParams);
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    headers.add("Content-Type", Problem.MEDIA_TYPE);
    headers.add("Cache-Control", "no-store");
    headers.add("X-Content-Type-Options", "nosniff");
    headers.add("X-Frame-Options", "DENY");
    headers.add("Content-Security-Policy", "frame-ancestors 'none'");
    String retryAfter = ctx.response().headers().get("Retry-After");
    if (retryAfter != null) {
      ctx.response().headers().remove("Retry-After");
      headers.add("Retry-After", retryAfter);
    }
    verstuur(
        ctx,
        type.status(),
        headers,
        Buffer.buffer(Json.encode(problem).getBytes(StandardCharsets.UTF_8)),
        null,
        Aflevering.NIETS);
  }
}
