package nl.wams.apispecs;

/**
 * One broken rule: the spec file and the JSON pointer of the place to fix, so a failing build says
 * exactly where to look.
 */
record Violation(String file, String pointer, Rule rule, String message) {

  @Override
  public String toString() {
    return file + "#" + pointer + " " + rule + ": " + message;
  }
}
