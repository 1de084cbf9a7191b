package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage's own process against a Flink master nobody listens on: exit 75 (transient), naming
 * the address. Flink's client is told (through its configuration folder, as a deployment would)
 * not to retry, so the test does not wait out its minute of retries.
 */
class FlinkMasterIT {
  @TempDir Path tmp;

  @Test
  void anUnreachableFlinkMasterIsTransientAndNamed() throws Exception {
    ExtractFixture.write(tmp, "r1", ExtractFixture.randomEvents(20, 1));
    Path conf = Files.createDirectories(tmp.resolve("flink-conf"));
    Files.writeString(conf.resolve("config.yaml"),
        "rest.retry.max-attempts: 0\nrest.retry.delay: 100\n");
    int port = freePort();
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), PreprocessMain.class.getName(), "preprocess",
        "--runs-root", tmp.toString(), "--run-id", "r1", "--flink-master", "localhost:" + port)
        .redirectErrorStream(true);
    pb.environment().put("FLINK_CONF_DIR", conf.toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
    String last = lines.get(lines.size() - 1);

    assertEquals(ExitCodes.TRANSIENT, p.exitValue(), last);
    assertTrue(last.startsWith("error: the Flink master localhost:" + port + " cannot be reached"
        + " (Connection refused"), last);
    assertFalse(Files.exists(tmp.resolve("r1/preprocess")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
