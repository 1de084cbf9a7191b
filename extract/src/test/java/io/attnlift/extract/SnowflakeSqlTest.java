package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnowflakeSqlTest {
  private static final Columns MAPPED =
      Columns.of(Map.of("USER_ID", "customer_id", "IS_NV", "is_new_vertical"));

  @Test
  void theSampleQueryIsExactlyTheReviewedText() throws Exception {
    String sql = Dialect.SNOWFLAKE.sql("sample", "ANALYTICS.APP.EVENTS", MAPPED, 10_000);

    assertEquals(golden("snowflake-sample.sql").strip(), sql.strip());
  }

  @Test
  void theSampleQuerySamplesUsersByMd5OfSeedAndUserThenJoinsTheirEvents() {
    String sql = Dialect.SNOWFLAKE.sql("sample", "ANALYTICS.APP.EVENTS", MAPPED, 500);

    assertTrue(sql.contains("ORDER BY MD5(CAST(? AS VARCHAR) || ':' || user_id), user_id\n"
        + "  LIMIT 500"), sql);
    assertTrue(sql.contains("\"CUSTOMER_ID\" AS USER_ID,"), sql);
    assertTrue(sql.contains("JOIN sampled_users s ON CAST(e.USER_ID AS VARCHAR) = s.user_id"),
        sql);
    assertTrue(sql.contains("DATE_PART(EPOCH_MICROSECOND, e.EVENT_TS) AS event_ts_us"), sql);
    assertEquals(3, sql.chars().filter(ch -> ch == '?').count(), "binds: since, until, seed");
  }

  @Test
  void bothDialectsRankUsersByTheSameMd5Expression() {
    String duck = Dialect.DUCKDB.sql("sample", "EVENTS", Columns.of(Map.of()), 5);
    String snow = Dialect.SNOWFLAKE.sql("sample", "EVENTS", Columns.of(Map.of()), 5);

    assertTrue(duck.contains("ORDER BY md5(CAST(? AS VARCHAR) || ':' || user_id), user_id"));
    assertTrue(snow.contains("ORDER BY MD5(CAST(? AS VARCHAR) || ':' || user_id), user_id"));
  }

  @Test
  void theProfileQueryCountsUnusableRowsInTheWindow() {
    String sql = Dialect.SNOWFLAKE.sql("profile", "DB.S.EVENTS", MAPPED, 1);

    assertTrue(sql.contains("FROM \"DB\".\"S\".\"EVENTS\""), sql);
    assertTrue(sql.contains("WHEN in_window AND uid IS NULL THEN 1"), sql);
    assertTrue(sql.contains("\"CUSTOMER_ID\" AS USER_ID"), sql);
    assertTrue(sql.contains("USER_ID AS uid"), sql);
    assertEquals(2, sql.chars().filter(ch -> ch == '?').count(), "binds: since, until");
  }

  @Test
  void anExportShapedTableIsMappedInTheOneSourceSubqueryEveryQueryReads() {
    Columns c = Columns.of(Map.of("USER_ID", "user_id", "EVENT_TS", "ts", "STORE_NAME",
        ColumnSource.constant("O'Brien \\ Co")), Duration.ofMinutes(30),
        ExtractOptions.Epoch.SECONDS);

    for (String query : List.of("profile", "sample")) {
      String sql = Dialect.SNOWFLAKE.sql(query, "EVENTS", c, 5);
      assertTrue(sql.contains("TO_TIMESTAMP_NTZ(CAST(\"TS\" AS NUMBER(38, 0)), 0) AS EVENT_TS"),
          sql);
      assertTrue(sql.contains("'O''Brien \\\\ Co' AS STORE_NAME"), sql);
      assertTrue(sql.contains("CAST(NULL AS VARCHAR) AS SESSION_ID"), sql);
      assertTrue(sql.contains("LAG(EVENT_TS) OVER (PARTITION BY USER_ID ORDER BY EVENT_TS)) >"
          + " 1800000000 THEN 1"), sql);
    }
  }

  private static String golden(String name) throws Exception {
    try (InputStream in = SnowflakeSqlTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
