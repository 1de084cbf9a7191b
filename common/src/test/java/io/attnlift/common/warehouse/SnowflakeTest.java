package io.attnlift.common.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnowflakeTest {
  @TempDir Path tmp;

  static SnowflakeSettings settings(String user, String host, int port, int attempts) {
    return new SnowflakeSettings("acme-prod", user, "ANALYST", "WH_XS", "ANALYTICS", "APP", host,
        port, Duration.ofSeconds(5), attempts);
  }

  @Test
  void keyPairLoginTagsTheRunDisablesPlatformDetectionAndKeepsSecretsOutOfTheDescription()
      throws Exception {
    Path key = Files.writeString(tmp.resolve("rsa_key.p8"), "-----BEGIN PRIVATE KEY-----");
    Map<String, String> env = Map.of("SNOWFLAKE_PRIVATE_KEY_FILE", key.toString(),
        "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", "s3cret-pass");

    Snowflake.Login login = Snowflake.login(settings("ATTNLIFT", "", 443, 1), env,
        "attnlift extract run r42");

    assertEquals("jdbc:snowflake://acme-prod.snowflakecomputing.com:443/", login.url());
    assertEquals("true", login.properties().getProperty("disablePlatformDetection"));
    assertEquals("attnlift extract run r42", login.properties().getProperty("QUERY_TAG"));
    assertEquals("UTC", login.properties().getProperty("TIMEZONE"));
    assertEquals("5", login.properties().getProperty("loginTimeout"));
    assertEquals("SNOWFLAKE_JWT", login.properties().getProperty("authenticator"));
    assertEquals("s3cret-pass", login.properties().getProperty("private_key_file_pwd"));
    assertFalse(login.description().toString().contains("s3cret-pass"));
    assertEquals("key-pair", login.description().get("auth"));
  }

  @Test
  void anEmailAddressIsAcceptedAsTheUser() {
    Snowflake.Login login = Snowflake.login(settings("jane.doe@acme.com", "", 443, 1),
        Map.of("SNOWFLAKE_PASSWORD", "pw"), "tag");

    assertEquals("jane.doe@acme.com", login.properties().getProperty("user"));
  }

  @Test
  void aPasswordIsReadFromAMountedFile() throws Exception {
    Path pw = Files.writeString(tmp.resolve("password"), "from-file\n");

    Snowflake.Login login = Snowflake.login(settings("ATTNLIFT", "", 443, 1),
        Map.of("SNOWFLAKE_PASSWORD_FILE", pw.toString()), "tag");

    assertEquals("from-file", login.properties().getProperty("password"));
    assertFalse(login.description().containsValue("from-file"));
  }

  @Test
  void noCredentialsInTheEnvironmentIsBadInput() {
    StageException e = assertThrows(StageException.class,
        () -> Snowflake.login(settings("ATTNLIFT", "", 443, 1), Map.of(), "tag"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("SNOWFLAKE_PASSWORD"), e.getMessage());
  }

  @Test
  void aMissingAccountIsBadInputNamingTheKey() {
    SnowflakeSettings s = settings("ATTNLIFT", "", 443, 1);
    SnowflakeSettings none = new SnowflakeSettings("", s.user(), s.role(), s.warehouse(),
        s.database(), s.schema(), s.host(), s.port(), s.loginTimeout(), s.connectAttempts());

    StageException e = assertThrows(StageException.class,
        () -> Snowflake.login(none, Map.of("SNOWFLAKE_PASSWORD", "x"), "tag"));
    assertTrue(e.getMessage().startsWith("snowflake.account is missing"), e.getMessage());
  }
}
