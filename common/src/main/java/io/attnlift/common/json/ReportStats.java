package io.attnlift.common.json;

import java.util.List;

/**
 * The report stage's manifest stats.
 *
 * @param variants the variants reported
 * @param comparedTo the run compared with, empty when none
 * @param reportBytes the size of report.html
 */
public record ReportStats(List<String> variants, String comparedTo, long reportBytes) {

  public static final JsonContract<ReportStats> CONTRACT =
      JsonContract.of("report_stats", null, ReportStats.class, 1);
}
