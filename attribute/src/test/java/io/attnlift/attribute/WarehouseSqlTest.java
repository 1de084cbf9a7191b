package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
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

  private static AttributeOptions snowflake(String account, String user) {
    AttributeOptions d = AttributeOptions.defaults();
    return new AttributeOptions(d.variants(), d.bootstrap(), d.minStoreSupport(), d.seed(),
        "snowflake", d.duckdb(), "ANALYTICS", "", d.engagementTypes(), d.earlyPositions(),
        d.groundTruthTopK(), d.maxInsights(), account, user, "ANALYST", "COMPUTE_WH",
        "GROWTH");
  }

  @Test
  void snowflakeUsesKeyPairFromEnvAndDisablesPlatformDetection(@TempDir Path tmp)
      throws Exception {
    Path key = Files.writeString(tmp.resolve("rsa_key.p8"), "not a real key");
    AttributeOptions o = snowflake("xy12345.eu-west-1", "ATTNLIFT_SVC");
    assertEquals("jdbc:snowflake://xy12345.eu-west-1.snowflakecomputing.com/",
        Warehouses.snowflakeUrl(o));
    Properties p = Warehouses.snowflakeProperties(o, Map.of(
        Warehouses.KEY_FILE_ENV, key.toString(), Warehouses.KEY_PWD_ENV, "s3cret"));
    assertEquals("true", p.get("disablePlatformDetection"));
    assertEquals("SNOWFLAKE_JWT", p.get("authenticator"));
    assertEquals(key.toString(), p.get("private_key_file"));
    assertEquals("GROWTH", p.get("db"));
    assertEquals("ANALYTICS", p.get("schema"));
    assertEquals("COMPUTE_WH", p.get("warehouse"));
    assertEquals("ANALYST", p.get("role"));
    assertEquals("s3cret", p.get("private_key_file_pwd"));
    assertFalse(p.containsKey("password"));
    WriteBack.ConnectionSource src = Warehouses.snowflake(o, Map.of(
        Warehouses.KEY_FILE_ENV, key.toString(), Warehouses.KEY_PWD_ENV, "s3cret"));
    assertFalse(src.describe().contains("s3cret"), src.describe());
  }

  @Test
  void snowflakeReadsThePassphraseFromAMountedFileUnderTheSameNameAsExtract(@TempDir Path tmp)
      throws Exception {
    Path key = Files.writeString(tmp.resolve("rsa_key.p8"), "not a real key");
    Path pass = Files.writeString(tmp.resolve("passphrase"), "from-file\n");
    Properties p = Warehouses.snowflakeProperties(snowflake("xy12345", "u"), Map.of(
        "SNOWFLAKE_PRIVATE_KEY_FILE", key.toString(),
        "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE_FILE", pass.toString()));
    assertEquals("from-file", p.get("private_key_file_pwd"));
  }

  @Test
  void snowflakeWithoutCredentialsOrAccountIsBadInput() {
    StageException e = assertThrows(StageException.class,
        () -> Warehouses.snowflakeProperties(snowflake("xy12345", "u"), Map.of()));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains(Warehouses.KEY_FILE_ENV), e.getMessage());
    assertThrows(StageException.class,
        () -> Warehouses.snowflakeUrl(snowflake("evil.com/x?", "u")));
    assertThrows(StageException.class,
        () -> Warehouses.snowflakeProperties(snowflake("xy12345", ""),
            Map.of(Warehouses.PASSWORD_ENV, "pw")));
  }
}
