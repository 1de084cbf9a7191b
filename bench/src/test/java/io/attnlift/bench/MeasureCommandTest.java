package io.attnlift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Json;
import io.attnlift.common.StageCli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCommandTest {
  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void passesTheExitCodeThroughAndSamplesTheWholeProcessTree() throws IOException {
    Path out = dir.resolve("m.json");
    // a child shell that starts a grandchild: both are in the sampled tree
    int code = StageCli.execute(new BenchMain(), "measure", "--out=" + out, "--label=t",
        "--interval-ms=20", "--", "sh", "-c", "sleep 1 & wait; exit 3");
    assertEquals(3, code);
    Map<String, Object> m = Json.MAPPER.readValue(out.toFile(), Map.class);
    assertEquals(3, m.get("exit_code"));
    assertEquals("t", m.get("label"));
    Map<String, Object> peaks = (Map<String, Object>) m.get("peak_process_rss_mb");
    assertTrue(peaks.containsKey("sh") && peaks.containsKey("sleep"), peaks.toString());
    assertTrue(((Number) m.get("peak_tree_rss_mb")).doubleValue() > 0);
  }

  @Test
  void refusesACommandThatCannotStart() {
    int code = StageCli.execute(new BenchMain(), "measure", "--out=" + dir.resolve("m.json"),
        "--", dir.resolve("no-such-program").toString());
    assertEquals(2, code);
  }
}
