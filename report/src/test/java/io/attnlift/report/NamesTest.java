package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesTest {
  @TempDir Path root;

  @Test
  void aShortNameIsIsolatedAndEscapedButNotCut() {
    assertEquals("<bdi dir=\"auto\">Burger &quot;Barn&quot; &amp; Co</bdi>",
        Names.html("Burger \"Barn\" & Co"));
  }

  @Test
  void aLongNameIsCutToFortyCharactersWithTheWholeNameInTheTooltip() {
    String name = "Pizza " + "x".repeat(4994);

    String html = Names.html(name);

    assertEquals("<bdi dir=\"auto\" title=\"" + name + "\">Pizza " + "x".repeat(33) + "\u2026"
        + "</bdi>", html);
  }

  @Test
  void aSentenceColumnShowsTheWholeSentenceEscapedWithControlsVisible() {
    String sentence = "Sessions with an event of store <b>" + "x".repeat(60) + "\u202E in the first"
        + " 5 events convert 2.40x as often";
    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> rows = (List<java.util.Map<String, Object>>)
        new TableView("~Insight", "Store").row(sentence, sentence).view("c", "t.csv").get("rows");
    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> cells =
        (List<java.util.Map<String, Object>>) rows.get(0).get("cells");

    assertEquals("Sessions with an event of store &lt;b&gt;" + "x".repeat(60) + "[U+202E] in the"
        + " first 5 events convert 2.40x as often", cells.get(0).get("html"));
    assertTrue(((String) cells.get(1).get("html")).contains("\u2026"), "a name column is cut");
  }

  @Test
  void aRightToLeftOverrideIsShownNotObeyed() {
    String html = Names.html("Shop\u202Egnp.exe");

    assertEquals("<bdi dir=\"auto\" title=\"Shop[U+202E]gnp.exe\">Shop[U+202E]gnp.exe</bdi>",
        html);
    assertEquals("\u2068Shop[U+202E]gnp.exe\u2069", Names.label("Shop\u202Egnp.exe", 34));
    assertEquals("top: Shop[U+202E]gnp.exe leads", Names.inline("top: Shop\u202Egnp.exe leads"));
  }

  @Test
  void rightToLeftNamesAreKeptAsTheyAreInsideTheirIsolate() {
    assertEquals("<bdi dir=\"auto\">مطعم الشام</bdi>", Names.html("مطعم الشام"));
  }

  @Test
  void theReportShortensAndIsolatesNamesButTheDataKeepsThemWhole() throws Exception {
    new FixtureRun(root, "r1").build();
    String longName = "Mega " + "y".repeat(4995);
    String bidi = "Cafe\u202Eenilno";
    Path stores = root.resolve("r1/attribute/no-funnel/store_attribution/part-00000.parquet");
    List<org.apache.avro.generic.GenericRecord> rows = new java.util.ArrayList<>();
    ParquetFiles.read(stores, Contract.STORE_ATTRIBUTION, rows::add);
    rows.add(FixtureAttribute.store("s8", longName, "all", 0.0500));
    rows.add(FixtureAttribute.store("s9", bidi, "all", 0.0400));
    Files.delete(stores);
    ParquetFiles.write(stores, Contract.STORE_ATTRIBUTION, rows);

    assertEquals(0, new ReportRunner().run(root, "r1"));

    String html = Files.readString(root.resolve("r1/report/report.html"));
    assertTrue(html.contains("<td><bdi dir=\"auto\" title=\"" + longName + "\">Mega "
        + "y".repeat(34) + "\u2026</bdi></td>"), "long name cut, whole in the tooltip");
    assertTrue(html.contains("<td><bdi dir=\"auto\" title=\"Cafe[U+202E]enilno\">"
        + "Cafe[U+202E]enilno</bdi></td>"), "override shown");
    assertFalse(html.contains("\u202E"), "no override character reaches the page");
    List<String> names = new java.util.ArrayList<>();
    ParquetFiles.read(stores, Contract.STORE_ATTRIBUTION, r -> names.add(
        r.get("store_name").toString()));
    assertTrue(names.contains(longName) && names.contains(bidi), "the data is unchanged");
  }
}
