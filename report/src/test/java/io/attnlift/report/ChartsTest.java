package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
  @TempDir Path dir;

  @Test
  void barLabelsFromTheDataAreEscaped() {
    String svg = BarChart.panels("t", List.of("<script>alert(1)</script>", "a&b \"q\""),
        List.of(new BarChart.Series("attention", List.of(new BarChart.Bar(0.1, 0.05, 0.2),
            new BarChart.Bar(-0.1, Double.NaN, Double.NaN)))), "lift", 200);

    assertFalse(svg.contains("<script"));
    assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(svg.contains("a&amp;b &quot;q&quot;"));
  }

  @Test
  void lineChartEscapesSeriesNamesAndTitles() {
    String svg = LineChart.render("<b>t</b>", "x<", "y>", null, null,
        List.of(new LineChart.Series("<i>s</i>", "#000",
            List.of(new double[] {0, 0}, new double[] {1, 2}), false, true)), true);

    assertFalse(svg.contains("<b>") || svg.contains("<i>"));
    assertTrue(svg.contains("&lt;i&gt;s&lt;/i&gt;") && svg.contains("x&lt;"));
  }

  @Test
  void strongestRowsAreSortedHighestFirst() throws Exception {
    List<GenericRecord> rows = new ArrayList<>();
    Object[][] lifts = {{"a", 0.01}, {"b", -0.05}, {"c", 0.03}, {"d", null}, {"e", 0.001}};
    for (Object[] l : lifts) {
      Map<String, Object> f = new HashMap<>();
      f.put("event", l[0]);
      f.put("attention_lift", l[1]);
      rows.add(Records.row(Contract.EVENT_LIFT, f));
    }
    ParquetFiles.write(dir.resolve("lift/part-00000.parquet"), Contract.EVENT_LIFT, rows);
    TableData t = TableData.read(dir.resolve("lift"), Contract.EVENT_LIFT);

    List<Integer> top = Lifts.strongest(t, "attention_lift", 3);

    assertEquals(List.of("c", "a", "b"), top.stream().map(r -> t.str(r, "event")).toList());
    assertEquals(List.of("c", "a", "e", "b", "d"),
        Lifts.sorted(t, "attention_lift").stream().map(r -> t.str(r, "event")).toList());
  }

  @Test
  void axisTicksAreRoundAndCoverTheData() {
    Axis a = Axis.nice(-0.0123, 0.0311, 0, 180);

    assertTrue(a.lo <= -0.0123 && a.hi >= 0.0311);
    assertEquals(List.of(-0.02, 0.0, 0.02, 0.04), a.ticks());
    assertEquals("0.02", a.label(0.02));
  }

  @Test
  void numbersFormatWithSignsIntervalsAndNotAvailable() {
    assertEquals("+0.0123", Fmt.lift(0.0123));
    assertEquals("-1.50", Fmt.lift(-1.5));
    assertEquals("n/a", Fmt.lift(Double.NaN));
    assertEquals("+0.0123 [0.0093,\u00a00.0153]", Fmt.liftCi(0.0123, 0.0093, 0.0153));
    assertEquals("1,234", Fmt.count(1234.4));
    assertEquals("30.0%", Fmt.pct(0.3));
  }
}
