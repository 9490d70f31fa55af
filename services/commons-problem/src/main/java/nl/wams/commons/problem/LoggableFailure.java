package nl.wams.commons.problem;

/**
 * Describes an unexpected failure for the log without any exception message: messages of database,
 * JSON and validation errors routinely quote the offending values (a "failing row" with a BSN), and
 * no personal data may reach a log. Class names and stack frames are enough to find the cause.
 */
final class LoggableFailure {

  private static final int FRAMES_PER_CAUSE = 12;

  private LoggableFailure() {}

  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      text.append(depth == 0 ? "" : "\nCaused by: ").append(t.getClass().getName());
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        text.append(" (SQLState ").append(sql.getSQLState()).append(')');
      }
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
        text.append("\n\tat ").append(frames[i]);
      }
      if (frames.length > FRAMES_PER_CAUSE) {
        text.append("\n\t... ").append(frames.length - FRAMES_PER_CAUSE).append(" more");
      }
    }
    return text.toString();
  }
}
