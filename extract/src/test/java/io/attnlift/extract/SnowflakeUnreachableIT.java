package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse that cannot be reached: a real snowflake-jdbc login against a closed port on the
 * loopback interface (nothing else is ever contacted) exits 75 after the configured attempts; one
 * that presents a certificate nobody trusts exits 1 at once.
 */
class SnowflakeUnreachableIT {
  @TempDir Path tmp;

  private static int closedLoopbackPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aClosedPortIsTransientAfterBoundedAttemptsAndNeverEchoesThePassword() throws Exception {
    ExtractOptions o = SnowflakeSourceTest.snowflake("127.0.0.1", closedLoopbackPort(), 2);

    StageException e = org.junit.jupiter.api.Assertions.assertThrows(StageException.class,
        () -> SnowflakeSource.open(o, Map.of("SNOWFLAKE_PASSWORD", "hunter2-secret"), "r1"));

    assertEquals(ExitCodes.TRANSIENT, e.exitCode());
    assertTrue(e.getMessage().contains("cannot reach Snowflake account acme-prod"),
        e.getMessage());
    assertTrue(e.getMessage().contains("after 2 attempts"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2-secret"));
  }

  @Test
  void anUntrustedCertificateIsAPermanentFailureNotRetriedAndNeverEchoesThePassword()
      throws Exception {
    try (UntrustedTlsServer server = new UntrustedTlsServer(tmp)) {
      ExtractOptions o = SnowflakeSourceTest.snowflake("127.0.0.1", server.port(), 3);

      StageException e = org.junit.jupiter.api.Assertions.assertThrows(StageException.class,
          () -> SnowflakeSource.open(o, Map.of("SNOWFLAKE_PASSWORD", "hunter2-secret"), "r1"));

      assertEquals(ExitCodes.FAILURE, e.exitCode(), e.getMessage());
      assertTrue(e.getMessage().contains("TLS certificate this machine does not trust"),
          e.getMessage());
      assertFalse(e.getMessage().contains("hunter2-secret"));
    }
  }

  @Test
  void theCliRefusesToConnectWithoutCredentialsInTheEnvironment() throws Exception {
    Assumptions.assumeTrue(System.getenv("SNOWFLAKE_PASSWORD") == null
        && System.getenv("SNOWFLAKE_PRIVATE_KEY_FILE") == null,
        "this environment holds Snowflake credentials");
    Path preset = Files.writeString(tmp.resolve("sf.yaml"), String.join("\n",
        "extract:", "  source: snowflake", "snowflake:", "  account: acme-prod",
        "  user: ATTNLIFT", "  database: ANALYTICS", "  schema: APP", "  host: 127.0.0.1",
        "  port: " + closedLoopbackPort(), "  connect-attempts: 1", ""));

    Runs.Result r = Runs.cli("extract", "--runs-root", tmp.resolve("runs").toString(),
        "--run-id", "r1", "--config", preset.toString());

    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("no Snowflake credentials"), r.err());
  }
}
