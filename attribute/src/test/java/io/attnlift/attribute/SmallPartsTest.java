package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallPartsTest {
  private static final double EPS = 1e-12;

  @Test
  void percentileIntervalInterpolatesBetweenOrderStatistics() {
    double[] v = new double[41];
    for (int i = 0; i < v.length; i++) {
      v[40 - i] = i + 1;
    }
    Interval i = Interval.of(20, v);
    assertEquals(2.0, i.low(), EPS);
    assertEquals(40.0, i.high(), EPS);
  }

  @Test
  void intervalIsUndefinedWhenMostResamplesAre() {
    Interval i = Interval.of(1.0, new double[] {1, Double.NaN, Double.NaN, Double.NaN});
    assertEquals(1.0, i.value());
    assertTrue(Double.isNaN(i.low()));
    assertFalse(i.excludes(0));
  }

  @Test
  void positionsFallIntoTheirBuckets() {
    int[] positions = {1, 5, 6, 10, 11, 20, 21, 50, 51, 400};
    int[] buckets = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4};
    for (int k = 0; k < positions.length; k++) {
      assertEquals(buckets[k], OtherTables.bucket(positions[k]), "position " + positions[k]);
    }
    assertEquals("51+", OtherTables.BUCKETS[4]);
  }

  @Test
  void spearmanUsesOnlyKeysScoredByBoth() {
    Map<String, Double> a = new LinkedHashMap<>();
    Map<String, Double> b = new LinkedHashMap<>();
    a.put("x", 1.0);
    a.put("y", 2.0);
    a.put("z", 3.0);
    a.put("w", Double.NaN);
    b.put("x", 10.0);
    b.put("y", 30.0);
    b.put("z", 20.0);
    b.put("w", 40.0);
    Ranks.Spearman s = Ranks.spearman(a, b);
    assertEquals(3, s.n());
    assertEquals(0.5, s.value(), EPS);
  }

  @Test
  void heroRecallCountsHeroesAmongTheTopK() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("a", 0.9);
    scores.put("h1", 0.8);
    scores.put("b", 0.7);
    scores.put("h2", 0.1);
    assertEquals(0.5, GroundTruthCheck.recall(scores, List.of("h1", "h2"), 2), EPS);
    assertEquals(1.0, GroundTruthCheck.recall(scores, List.of("h1", "h2"), 4), EPS);
    assertTrue(Double.isNaN(GroundTruthCheck.recall(scores, List.of(), 4)));
  }

  @Test
  void csvCellsQuoteCommasQuotesAndLineBreaksAndNumbersArePlain(@TempDir Path tmp)
      throws Exception {
    Path f = tmp.resolve("method_agreement.csv");
    TableFiles.writeCsv(f, agreementTable(List.of(
        row("Joe's, \"Best\" Pizza", "two\nlines", 0.25, 3),
        row("plain", "x", Double.NaN, 0),
        row("tiny", "x", 1e-4, 1))));

    assertEquals("method_a,method_b,spearman,n\r\n"
        + "\"Joe's, \"\"Best\"\" Pizza\",\"two\nlines\",0.25,3\r\n"
        + "plain,x,,0\r\n"
        + "tiny,x,0.0001,1\r\n", Files.readString(f));
  }

  @Test
  void csvTextThatASpreadsheetWouldRunAsAFormulaIsNeutralised(@TempDir Path tmp)
      throws Exception {
    Path f = tmp.resolve("method_agreement.csv");
    TableFiles.writeCsv(f, agreementTable(List.of(
        row("=HYPERLINK(\"http://x\",\"click\")", "+1", -0.5, 1),
        row("-2", "@SUM(A1)", 0.5, 1),
        row("\tTab", "\rCR", 0.5, 1),
        row("a=b", "safe-name", 0.5, 1))));

    assertEquals("method_a,method_b,spearman,n\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",\"'+1\",-0.5,1\r\n"
        + "\"'-2\",\"'@SUM(A1)\",0.5,1\r\n"
        + "\"'\tTab\",\"'\rCR\",0.5,1\r\n"
        + "a=b,safe-name,0.5,1\r\n", Files.readString(f));
  }

  private static Table agreementTable(List<GenericRecord> rows) {
    return new Table("method_agreement", Contract.METHOD_AGREEMENT, rows);
  }

  private static GenericRecord row(String a, String b, double spearman, long n) {
    GenericRecord r = Table.row(Contract.METHOD_AGREEMENT);
    r.put("method_a", a);
    r.put("method_b", b);
    Table.num(r, "spearman", spearman);
    r.put("n", n);
    return r;
  }

  @Test
  void lastTouchIsTheShareOfConvertedSessionsEndingWithTheValue() {
    ScoredRun run = ScoredRun.of(List.of(
        Attr.event("c1", 1, 2, 1, "B", "search", null, 0.5),
        Attr.event("c1", 1, 2, 0, "A", "click", null, 0.5),
        Attr.event("c2", 1, 1, 0, "A", "click", null, 1.0),
        Attr.event("c3", 1, 2, 0, "B", "search", null, 0.5),
        Attr.event("c3", 1, 2, 1, "A", "click", null, 0.5),
        Attr.event("n1", 0, 1, 0, "B", "search", null, 1.0)));
    Map<String, Double> shares = GroupResult.lastTouch(run, i -> run.event(i).event());
    assertEquals(2.0 / 3, shares.get("A"), EPS);
    assertEquals(1.0 / 3, shares.get("B"), EPS);
  }
}
