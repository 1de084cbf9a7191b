package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.Secrets;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.SnowflakeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseSqlTest {
  private final WarehouseSql sql = new WarehouseSql("attnlift", "wk_");

  @Test
  void tablesAreQualifiedQuotedAndUpperCase() {
    assertEquals("\"ATTNLIFT\".\"WK_METHOD_AGREEMENT\"", sql.table("method_agreement"));
    assertEquals("CREATE TABLE IF NOT EXISTS \"ATTNLIFT\".\"WK_METHOD_AGREEMENT\" (\"RUN_ID\""
        + " VARCHAR NOT NULL, \"VARIANT\" VARCHAR NOT NULL, \"METHOD_A\" VARCHAR, \"METHOD_B\""
        + " VARCHAR, \"SPEARMAN\" DOUBLE, \"N\" BIGINT)",
        sql.createTable("method_agreement", Contract.METHOD_AGREEMENT.schema()));
  }

  @Test
  void rerunDeletesOnlyItsOwnRunAndVariant() {
    assertEquals("DELETE FROM \"ATTNLIFT\".\"WK_POSITION\" WHERE \"RUN_ID\" = ? AND"
        + " \"VARIANT\" = ?", sql.delete("position"));
    assertEquals("INSERT INTO \"ATTNLIFT\".\"WK_METHOD_AGREEMENT\" (\"RUN_ID\", \"VARIANT\","
        + " \"METHOD_A\", \"METHOD_B\", \"SPEARMAN\", \"N\") VALUES (?, ?, ?, ?, ?, ?)",
        sql.insert("method_agreement", Contract.METHOD_AGREEMENT.schema()));
  }

  @Test
  void namesThatAreNotPlainIdentifiersAreRefused() {
    StageException e = assertThrows(StageException.class,
        () -> new WarehouseSql("ATTNLIFT\"; DROP TABLE x; --", ""));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertThrows(StageException.class, () -> new WarehouseSql("A", "1bad").table("t"));
  }

  @Test
  void theSnowflakeWriteBackReadsTheSharedSectionAcceptsAnEmailUserAndHidesTheSecret(
      @TempDir Path tmp) throws Exception {
    Path key = Files.writeString(tmp.resolve("rsa_key.p8"), "not a real key");
    Path preset = Files.writeString(tmp.resolve("p.yaml"), String.join("\n",
        "attribute:", "  write-back: snowflake", "snowflake:", "  account: xy12345.eu-west-1",
        "  user: jane.doe@acme.com", "  database: GROWTH", ""));
    AttributeOptions o = StageConfig.resolve(AttributeOptions.defaults(), preset, "attribute",
        Map.of());

    WriteBack.ConnectionSource src = Warehouses.snowflake(o.snowflake(), Map.of(
        Secrets.SNOWFLAKE_KEY_FILE, key.toString(), Secrets.SNOWFLAKE_KEY_PASSPHRASE, "s3cret"),
        "r1");

    assertEquals("jane.doe@acme.com", o.snowflake().user());
    assertEquals("Snowflake account xy12345.eu-west-1 (host"
        + " xy12345.eu-west-1.snowflakecomputing.com:443)", src.describe());
    assertArrayEquals(new String[] {"s3cret"}, src.secrets());
  }

  @Test
  void snowflakeWithoutCredentialsIsBadInput() {
    AttributeOptions o = StageConfig.override(AttributeOptions.defaults(), Map.of("snowflake",
        new SnowflakeSettings("xy12345", "u", "", "", "", "", "", 443, Duration.ofSeconds(5), 1)));
    StageException e = assertThrows(StageException.class,
        () -> Warehouses.snowflake(o.snowflake(), Map.of(), "r1"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains(Secrets.SNOWFLAKE_KEY_FILE), e.getMessage());
  }
}
