package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmOptionsTest {

  private static final Service MELDPUNT = Service.ALL.getFirst();

  @Test
  void theSharedOptionsFileIsReadWithoutCommentsOrBlankLines() throws Exception {
    List<String> options = JvmOptions.read(Path.of("../../services/jvm.options"));
    assertTrue(options.contains("-XX:+UseSerialGC"));
    assertTrue(options.stream().allMatch(o -> o.startsWith("-")), options.toString());
  }

  @Test
  void olderJdksGetNoAotCacheOptions(@TempDir Path root) throws Exception {
    writeOptions(root);
    assertEquals(
        List.of("-Xmx64m"), JvmOptions.forService(root, MELDPUNT, root.resolve("aot"), 21));
  }

  @Test
  void withoutAnAotDirectoryThereIsNoCacheAndWamsAotCacheFalseAsksForThat(@TempDir Path root)
      throws Exception {
    writeOptions(root);
    assertEquals(List.of("-Xmx64m"), JvmOptions.forService(root, MELDPUNT, null, 25));
    assertFalse(JvmOptions.aotCacheWanted(java.util.Map.of("WAMS_AOT_CACHE", "false")));
    assertTrue(JvmOptions.aotCacheWanted(java.util.Map.of("WAMS_AOT_CACHE", "true")));
    assertTrue(JvmOptions.aotCacheWanted(java.util.Map.of()));
  }

  @Test
  void theFirstStartOfABuildRecordsTheCacheAndLaterStartsLoadIt(@TempDir Path root)
      throws Exception {
    writeOptions(root);
    Path aot = root.resolve("aot");
    Path build = MELDPUNT.jar(root).resolveSibling("quarkus/quarkus-application.dat");
    Files.createDirectories(build.getParent());
    Files.writeString(build, "build 1");

    String first = JvmOptions.forService(root, MELDPUNT, aot, 25).getLast();
    assertTrue(first.startsWith("-XX:AOTCacheOutput="), first);
    Path cache = Path.of(first.substring(first.indexOf('=') + 1));
    Files.writeString(cache, "cache");
    assertEquals("-XX:AOTCache=" + cache, JvmOptions.forService(root, MELDPUNT, aot, 25).getLast());

    Files.setLastModifiedTime(
        build,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(build).toMillis() + 60_000));
    String afterRebuild = JvmOptions.forService(root, MELDPUNT, aot, 25).getLast();
    assertTrue(afterRebuild.startsWith("-XX:AOTCacheOutput="), afterRebuild);
    assertFalse(Files.exists(cache), "the cache of the earlier build is removed");
  }

  private static void writeOptions(Path root) throws Exception {
    Files.createDirectories(root.resolve("services"));
    Files.writeString(root.resolve("services/jvm.options"), "# comment\n\n-Xmx64m\n");
  }
}
