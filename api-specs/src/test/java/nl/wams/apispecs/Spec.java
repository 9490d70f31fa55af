package nl.wams.apispecs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One component's contract: {@code <component>/openapi.yaml}. The folder name is the component,
 * which the server URL must repeat.
 */
record Spec(String component, String file, String yaml) {

  /** Every {@code openapi.yaml} one folder below {@code dir}, so new components need no setup. */
  static List<Spec> discover(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .map(child -> child.resolve("openapi.yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .map(file -> read(dir, file))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Spec read(Path dir, Path file) {
    try {
      String component = file.getParent().getFileName().toString();
      String shown = dir.relativize(file).toString().replace('\\', '/');
      return new Spec(component, shown, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
