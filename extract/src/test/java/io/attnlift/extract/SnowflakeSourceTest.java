package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.StageConfig;
import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.SnowflakeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnowflakeSourceTest {
  @TempDir Path tmp;

  /** Extract options for Snowflake at a host and port, tried {@code attempts} times. */
  static ExtractOptions snowflake(String host, int port, int attempts) {
    return StageConfig.override(ExtractOptions.defaults(), Map.of("source", "snowflake",
        "sampleUsers", 100, "seed", 7, "snowflake", new SnowflakeSettings("acme-prod",
            "ATTNLIFT", "ANALYST", "WH_XS", "ANALYTICS", "APP", host, port,
            Duration.ofSeconds(2), attempts)));
  }

  @Test
  void anUnqualifiedTableLivesInTheConnectionsDatabaseAndSchema() {
    ExtractOptions o = snowflake("", 443, 1);

    assertEquals("ANALYTICS.APP.EVENTS", SnowflakeSource.qualifiedTable("EVENTS", o.snowflake()));
    assertEquals("DB.S.T", SnowflakeSource.qualifiedTable("DB.S.T", o.snowflake()));
  }

  @Test
  void theConnectionComesFromThePresetsSharedSnowflakeSectionWithAnEmailUser() throws Exception {
    Path preset = Files.writeString(tmp.resolve("p.yaml"), String.join("\n", "extract:",
        "  source: snowflake", "snowflake:", "  account: acme-prod", "  user: jane.doe@acme.com",
        "  login-timeout: 30s", ""));

    ExtractOptions o = StageConfig.resolve(ExtractOptions.defaults(), preset, "extract",
        Map.of());

    assertEquals("jane.doe@acme.com", o.snowflake().user());
    assertEquals(Duration.ofSeconds(30), o.snowflake().loginTimeout());
    assertEquals(443, o.snowflake().port());
  }

  @Test
  void aConnectionKeyInTheExtractSectionIsRefusedPointingAtTheSharedSection() throws Exception {
    Path preset = Files.writeString(tmp.resolve("p.yaml"), "extract:\n  account: acme\n");

    StageException e = assertThrows(StageException.class, () -> StageConfig.resolve(
        ExtractOptions.defaults(), preset, "extract", Map.of()));

    assertTrue(e.getMessage().contains("unknown option 'account'"), e.getMessage());
    assertTrue(e.getMessage().contains("top-level snowflake: section"), e.getMessage());
  }
}
