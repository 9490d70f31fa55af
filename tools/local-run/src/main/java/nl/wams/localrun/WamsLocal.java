package nl.wams.localrun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import sun.misc.Signal;

/**
 * {@code ./wams start}: runs the whole Wams suite locally on embedded defaults until Ctrl-C. Run
 * from the repository root (./wams does that).
 */
public final class WamsLocal {
  private WamsLocal() {}

  public static void main(String[] args) throws InterruptedException {
    Console console = Console.system();
    Options options;
    try {
      options = Options.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      console.error("%s%n%s", e.getMessage(), Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      console.plain("%s", Options.USAGE);
      return;
    }
    console.captureJavaUtilLogging();

    Launcher launcher = new Launcher(Path.of("").toAbsolutePath(), Service.ALL, console);
    // The safety net for every way the JVM ends: no child outlives the launcher.
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "wams-stop"));
    // Ctrl-C and SIGTERM stop everything in order before the shutdown hooks run: zonky registers a
    // hook of its own, and hooks run concurrently, so PostgreSQL could go before the services.
    for (String signal : List.of("INT", "TERM")) {
      Signal.handle(
          new Signal(signal), received -> launcher.stopAndExit(128 + received.getNumber()));
    }
    try {
      launcher.start(options);
    } catch (IOException | RuntimeException e) {
      if (launcher.isStopping()) {
        // A signal makes the start fail because everything is being stopped; that is no error.
        // The thread that stops (the signal handler) ends the JVM with its exit code once all is
        // stopped; exiting here would cut its stop short.
        Thread.currentThread().join();
      }
      console.error(
          "%s",
          e instanceof LaunchException
              ? e.getMessage()
              : "start failed: " + e + " (logs in .wams/logs/)");
      launcher.stopAndExit(1);
    }
    // Runs until a signal; the JVM ends through stopAndExit() or the shutdown hook.
    Thread.currentThread().join();
  }
}
