package nl.wams.localrun;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The launcher's only output channel: short plain lines, errors on stderr. Never pass personal data
 * here; print counts instead.
 */
final class Console {
  private static final Formatter MESSAGE = new SimpleFormatter();

  private final PrintStream out;
  private final PrintStream err;

  Console(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  static Console system() {
    return new Console(System.out, System.err);
  }

  /** Formats a duration the way the launcher reports timings: "7.4 s". */
  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  void info(String format, Object... args) {
    out.println("wams: " + format.formatted(args));
  }

  /** A line without prefix, for output meant to be copied (URLs). */
  void plain(String format, Object... args) {
    out.println(format.formatted(args));
  }

  void warn(String format, Object... args) {
    err.println("wams: WARNING " + format.formatted(args));
  }

  void error(String format, Object... args) {
    err.println("wams: ERROR " + format.formatted(args));
  }

  /**
   * Sends java.util.logging (where zonky's SLF4J logging ends up) here, warnings and errors only:
   * its info lines are noise for someone who just wants the suite running.
   */
  void captureJavaUtilLogging() {
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.setLevel(Level.WARNING);
    root.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord log) {
            if (!isLoggable(log)) {
              return;
            }
            String message = MESSAGE.formatMessage(log);
            if (log.getThrown() != null) {
              message += ": " + log.getThrown();
            }
            if (log.getLevel().intValue() >= Level.SEVERE.intValue()) {
              error("%s", message);
            } else {
              warn("%s", message);
            }
          }

          @Override
          public void flush() {
            err.flush();
          }

          @Override
          public void close() {}
        });
  }
}
