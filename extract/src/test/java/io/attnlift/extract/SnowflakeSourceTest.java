package io.attnlift.extract;

import io.attnlift.common.Secrets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnowflakeSourceTest {
  @TempDir Path tmp;

  static ExtractOptions snowflake(String host, int port, int attempts) {
    ExtractOptions d = ExtractOptions.defaults();
    return new ExtractOptions("snowflake", d.duckdb(), "", "EVENTS", 100, 7, "", "", 0.01,
        Map.of(), "acme-prod", "ATTNLIFT", "ANALYST", "WH_XS", "ANALYTICS", "APP", host, port, 2,
        attempts, 1000, 1000);
  }

  @Test
  void keyPairLoginTagsTheRunDisablesPlatformDetectionAndKeepsSecretsOutOfTheDescription()
      throws Exception {
    Path key = Files.writeString(tmp.resolve("rsa_key.p8"), "-----BEGIN PRIVATE KEY-----");
    Map<String, String> env = Map.of("SNOWFLAKE_PRIVATE_KEY_FILE", key.toString(),
        "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", "s3cret-pass");

    SnowflakeSource.Login login = SnowflakeSource.login(snowflake("", 443, 1), env, "r42");

    assertEquals("jdbc:snowflake://acme-prod.snowflakecomputing.com:443/", login.url());
    assertEquals("true", login.properties().getProperty("disablePlatformDetection"));
    assertEquals("attnlift extract run r42", login.properties().getProperty("QUERY_TAG"));
    assertEquals("UTC", login.properties().getProperty("TIMEZONE"));
    assertEquals("SNOWFLAKE_JWT", login.properties().getProperty("authenticator"));
    assertEquals("s3cret-pass", login.properties().getProperty("private_key_file_pwd"));
    assertEquals("ANALYTICS.APP.EVENTS", login.table());
    String described = Json.MAPPER.writeValueAsString(login.description());
    assertFalse(described.contains("s3cret-pass"), described);
    assertTrue(described.contains("key-pair"), described);
  }

  @Test
  void aPasswordIsReadFromAMountedFile() throws Exception {
    Path pw = Files.writeString(tmp.resolve("password"), "from-file\n");

    SnowflakeSource.Login login = SnowflakeSource.login(snowflake("", 443, 1),
        Map.of("SNOWFLAKE_PASSWORD_FILE", pw.toString()), "r1");

    assertEquals("from-file", login.properties().getProperty("password"));
    assertFalse(login.description().containsValue("from-file"));
  }

  @Test
  void noCredentialsInTheEnvironmentIsBadInput() {
    StageException e = assertThrows(StageException.class,
        () -> SnowflakeSource.login(snowflake("", 443, 1), Map.of(), "r1"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("SNOWFLAKE_PASSWORD"), e.getMessage());
  }

  @Test
  void aMissingAccountIsBadInputNamingTheSetting() {
    ExtractOptions o = snowflake("", 443, 1);
    ExtractOptions noAccount = new ExtractOptions(o.source(), o.duckdb(), o.eventsFile(),
        o.table(), o.sampleUsers(), o.seed(), o.since(), o.until(), o.maxRejectedShare(),
        o.columns(), "", o.user(), o.role(), o.warehouse(), o.database(), o.schema(), o.host(),
        o.port(), o.loginTimeoutSeconds(), o.connectAttempts(), o.fetchSize(), o.rowsPerFile());

    StageException e = assertThrows(StageException.class,
        () -> SnowflakeSource.login(noAccount, Map.of("SNOWFLAKE_PASSWORD", "x"), "r1"));
    assertTrue(e.getMessage().contains("Snowflake account is missing"), e.getMessage());
  }
}
