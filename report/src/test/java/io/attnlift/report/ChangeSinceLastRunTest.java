package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.json.SummaryJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeSinceLastRunTest {
  @TempDir Path root;

  private String html() throws Exception {
    return Files.readString(root.resolve("r1/report/report.html"));
  }

  @Test
  void latestEarlierCompleteRunIsFoundAndCompared() throws Exception {
    new FixtureRun(root, "r0").previous().build();
    new FixtureRun(root, "r1").build();
    new FixtureRun(root, "r2").build(); // later than r1: never "previous"
    Files.createDirectories(root.resolve("partial/attribute/no-funnel"));

    assertEquals(0, new ReportRunner().run(root, "r1"));

    SummaryJson s = SummaryJson.CONTRACT.read(root.resolve("r1/report/summary.json"));
    assertEquals("r0", s.comparedTo());
    String html = html();
    assertTrue(html.contains("Compared with run <strong>r0</strong>"));
    assertTrue(html.contains("<span class=\"tag in\">search_submit</span>"), "entered");
    assertTrue(html.contains("<span class=\"tag out\">legacy_banner_click</span>"), "left");
    assertTrue(html.contains(">+0.025<"), "no-funnel AUC 0.880 -> 0.905");
    assertTrue(html.contains("<td><bdi dir=\"auto\">m_card_click</bdi></td>"
        + "<td class=\"num\">+0.0102</td>"
        + "<td class=\"num\">+0.0162</td><td class=\"num\">+0.0060</td>"), "largest move first");
  }

  @Test
  void compareToNamesTheRunExplicitly() throws Exception {
    new FixtureRun(root, "r1").build();
    new FixtureRun(root, "r2").previous().build();

    assertEquals(0, new ReportRunner().run(root, "r1", "--compare-to", "r2"));

    assertTrue(html().contains("Compared with run <strong>r2</strong>"));
  }

  @Test
  void firstRunHasNothingToCompare() throws Exception {
    new FixtureRun(root, "r1").build();

    assertEquals(0, new ReportRunner().run(root, "r1"));

    assertTrue(html().contains("No earlier complete run to compare with."));
  }

  @Test
  void compareToAMissingRunExitsTwo() throws Exception {
    new FixtureRun(root, "r1").build();
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1", "--compare-to", "nope"));

    assertTrue(r.err.toString().contains("--compare-to nope"), r.err.toString());
    assertTrue(Files.notExists(root.resolve("r1/report")));
  }

  @Test
  void anEarlierRunThisBuildCannotReadIsNamedAndSkippedUnlessAskedFor() throws Exception {
    new FixtureRun(root, "r0").previous().build();
    new FixtureRun(root, "r1").build();
    Path metrics = root.resolve("r0/train/no-funnel/metrics.json");
    String old = Files.readString(metrics).replaceFirst("\"contract_version\"\\s*:\\s*\\d+",
        "\"contract_version\" : 1");
    Files.writeString(metrics, old);

    assertEquals(0, new ReportRunner().run(root, "r1"));

    String html = html();
    assertTrue(html.contains("The latest earlier run, r0, cannot be compared with this one:"),
        html);
    assertTrue(html.contains("metrics version 1, this build reads version"));
    assertTrue(!html.contains("Compared with run"));

    ReportRunner named = new ReportRunner();
    assertEquals(2, named.run(root, "r1", "--compare-to", "r0"));
    assertTrue(named.err.toString().contains("metrics version 1"), named.err.toString());
  }
}
