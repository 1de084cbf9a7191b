package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ReportNumbersTest {
  private static String report(String when, String auc, String seconds, String speed) {
    return "<p class=\"meta\">generated " + when + " · attnlift</p>"
        + "<table><thead><tr><th scope=\"col\">Model</th><th class=\"num\">Test AUC</th>"
        + "<th class=\"num\">Train time (s)</th><th class=\"num\">Inference (seq/s)</th></tr>"
        + "</thead><tbody><tr><td>no-funnel</td><td class=\"num\">" + auc + "</td>"
        + "<td class=\"num\">" + seconds + "</td><td class=\"num\">" + speed + "</td></tr>"
        + "</tbody></table><table><thead><tr><th>Sessions</th></tr></thead>"
        + "<tbody><tr><td>748</td></tr></tbody></table>";
  }

  @Test
  void twoRunsDifferingOnlyInTimingsAndGenerationTimeAreEqual() {
    assertEquals(
        ReportNumbers.withoutTimings(report("2026-12-01T10:55:59Z", "0.392", "1.2", "2,544")),
        ReportNumbers.withoutTimings(report("2026-12-01T11:10:53Z", "0.392", "0.9", "3,616")));
    assertEquals(2, ReportNumbers.timingCells(report("2026-12-01T10:55:59Z", "0.3", "1", "2")));
  }

  @Test
  void anyOtherNumberThatDiffersMakesThemDiffer() {
    assertNotEquals(
        ReportNumbers.withoutTimings(report("2026-12-01T10:55:59Z", "0.392", "1.2", "2,544")),
        ReportNumbers.withoutTimings(report("2026-12-01T10:55:59Z", "0.394", "1.2", "2,544")));
  }
}
