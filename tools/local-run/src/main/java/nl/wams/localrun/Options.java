package nl.wams.localrun;

import java.util.List;

/** The command line of the launcher (what follows `./wams start`). */
record Options(boolean reset, boolean demo, boolean help) {

  static final String USAGE =
      """
      Usage: ./wams start [--reset] [--no-demo] [--no-build]

      Starts embedded PostgreSQL, Keycloak (realm wams, test users), every Wams
      service and loads the demo data. Stop with Ctrl-C.

        --reset     delete local data (.wams/: database, Keycloak data, logs) first
        --no-demo   do not load the demo data
        --no-build  do not build with Maven first (handled by ./wams)
        --help      show this help
      """;

  /**
   * @throws IllegalArgumentException for an unknown argument
   */
  static Options parse(List<String> args) {
    boolean reset = false;
    boolean demo = true;
    boolean help = false;
    for (String arg : args) {
      switch (arg) {
        case "--reset" -> reset = true;
        case "--no-demo" -> demo = false;
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    return new Options(reset, demo, help);
  }
}
