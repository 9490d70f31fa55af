package nl.wams.localrun;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a folder of demo files from the classpath, whether it is a directory or inside the jar. */
final class DemoFiles {
  private DemoFiles() {}

  /** File name to content, sorted by name so the load order is the file order. */
  static SortedMap<String, byte[]> read(String folder) throws IOException {
    URL url = DemoFiles.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IOException("demo folder not on the classpath: " + folder);
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (!"jar".equals(uri.getScheme())) {
      return readAll(Path.of(uri));
    }
    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
      return readAll(jar.provider().getPath(uri));
    }
  }

  private static SortedMap<String, byte[]> readAll(Path folder) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".json")).toList()) {
        files.put(path.getFileName().toString(), Files.readAllBytes(path));
      }
    }
    return files;
  }
}
