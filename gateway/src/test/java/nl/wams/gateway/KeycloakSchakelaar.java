package nl.wams.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the gateway and the test Keycloak that a test can switch off, as if Keycloak
 * went away: every open connection is cut and new ones are refused (accepted and closed at once).
 * One per name per JVM, so that a test profile and its test class share it.
 */
final class KeycloakSchakelaar implements AutoCloseable {

  private static final Map<String, KeycloakSchakelaar> PER_NAAM = new ConcurrentHashMap<>();

  private final ServerSocket server;
  private final URI doel;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean aan;

  private KeycloakSchakelaar(URI doel, boolean aan) throws IOException {
    this.doel = doel;
    this.aan = aan;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::accepteer, "keycloak-schakelaar");
    accept.setDaemon(true);
    accept.start();
  }

  /** The relay of this name, created (on or off) by the first call. */
  static KeycloakSchakelaar van(String naam, URI keycloakServer, boolean aan) {
    return PER_NAAM.computeIfAbsent(
        naam,
        n -> {
          try {
            return new KeycloakSchakelaar(keycloakServer, aan);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static KeycloakSchakelaar van(String naam) {
    KeycloakSchakelaar s = PER_NAAM.get(naam);
    if (s == null) {
      throw new IllegalStateException("No relay " + naam + " yet (its test profile creates it)");
    }
    return s;
  }

  /** {@code http://localhost:<relay port>}: Keycloak's server address as the gateway sees it. */
  String url() {
    return "http://localhost:" + server.getLocalPort();
  }

  void aan() {
    aan = true;
  }

  void uit() {
    aan = false;
    for (Socket s : open) {
      sluit(s);
    }
  }

  private void accepteer() {
    while (!server.isClosed()) {
      Socket binnen;
      try {
        binnen = server.accept();
      } catch (IOException e) {
        return;
      }
      if (!aan) {
        sluit(binnen);
        continue;
      }
      try {
        Socket buiten = new Socket(doel.getHost(), doel.getPort());
        open.add(binnen);
        open.add(buiten);
        pomp(binnen, buiten);
        pomp(buiten, binnen);
      } catch (IOException e) {
        sluit(binnen);
      }
    }
  }

  private void pomp(Socket van, Socket naar) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = van.getInputStream();
                  OutputStream out = naar.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // cut: both ends are closed below
              } finally {
                sluit(van);
                sluit(naar);
              }
            },
            "keycloak-schakelaar-pomp");
    t.setDaemon(true);
    t.start();
  }

  private void sluit(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    uit();
    server.close();
  }
}
