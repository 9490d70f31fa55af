package nl.wams.localrun;

/** A start-up failure with a message that tells the developer what to do; no stack trace needed. */
final class LaunchException extends RuntimeException {
  LaunchException(String message) {
    super(message);
  }
}
