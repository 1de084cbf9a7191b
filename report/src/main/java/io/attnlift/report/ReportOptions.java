package io.attnlift.report;

/**
 * The report stage's options, resolved once from defaults, the preset's {@code report} section
 * and the flags.
 *
 * @param variants the variants to report, comma-separated; the honest one leads
 * @param compareTo the run to compare with; empty or null: the latest earlier complete run
 */
public record ReportOptions(String variants, String compareTo) {
  public static ReportOptions defaults() {
    return new ReportOptions("no-funnel,with-funnel", null);
  }
}
