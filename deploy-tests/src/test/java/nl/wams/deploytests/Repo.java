package nl.wams.deploytests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository this module checks. */
final class Repo {
  static final Path ROOT = findRoot();

  private Repo() {}

  static Path path(String relative) {
    return ROOT.resolve(relative);
  }

  static String read(String relative) {
    return read(path(relative));
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("build-parent/pom.xml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("Run the deploy tests inside the Wams repository");
    }
    return dir;
  }
}
