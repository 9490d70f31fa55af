package nl.wams.verslag.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The network path to a real service, for a test that must take it away: a TCP pass-through on a
 * fixed local port to the service's address. {@link #dicht()} closes the port and every connection
 * through it (a caller then gets "connection refused", as when the service is down); {@link
 * #open()} opens it again on the same port. Nothing of the traffic is read or changed.
 */
final class Doorgang implements AutoCloseable {

  private final int poort;
  private final String doelHost;
  private final int doelPoort;
  private final Set<Socket> verbindingen = ConcurrentHashMap.newKeySet();
  private final ExecutorService draden = Executors.newVirtualThreadPerTaskExecutor();
  private ServerSocket luisteraar;

  /**
   * @param poort the local port (e.g. {@code EchteDienst.vastePoort(...)}, known before the
   *     application under test starts)
   * @param doel scheme, host and port of the service
   */
  Doorgang(int poort, String doel) {
    URI uri = URI.create(doel);
    this.poort = poort;
    this.doelHost = uri.getHost();
    this.doelPoort = uri.getPort();
  }

  synchronized void open() {
    if (luisteraar != null) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), poort));
      luisteraar = socket;
      draden.submit(() -> aanvaard(socket));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the pass-through on port " + poort, e);
    }
  }

  /** Closes the port and every connection through it. */
  synchronized void dicht() {
    if (luisteraar != null) {
      sluit(luisteraar);
      luisteraar = null;
    }
    verbindingen.forEach(Doorgang::sluit);
    verbindingen.clear();
  }

  @Override
  public void close() {
    dicht();
    draden.shutdownNow();
  }

  private void aanvaard(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket binnen = socket.accept();
        verbindingen.add(binnen);
        Socket buiten;
        try {
          buiten = new Socket(doelHost, doelPoort);
        } catch (IOException e) {
          sluit(binnen);
          continue;
        }
        verbindingen.add(buiten);
        draden.submit(() -> pomp(binnen, buiten));
        draden.submit(() -> pomp(buiten, binnen));
      } catch (IOException gesloten) {
        return;
      }
    }
  }

  private void pomp(Socket van, Socket naar) {
    try {
      van.getInputStream().transferTo(naar.getOutputStream());
    } catch (IOException afgebroken) {
      // closed from either side
    } finally {
      sluit(van);
      sluit(naar);
      verbindingen.remove(van);
      verbindingen.remove(naar);
    }
  }

  private static void sluit(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
