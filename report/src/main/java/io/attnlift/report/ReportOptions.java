package io.attnlift.report;

import io.attnlift.common.RunLayout;
import io.attnlift.common.StageException;
import io.attnlift.common.StageOptions;
import io.attnlift.common.Variant;
import java.util.List;

/**
 * The report stage's options, resolved once from defaults, the preset's {@code report} section
 * and the flags.
 *
 * @param variants the variants to report; the honest one leads
 * @param compareTo the run to compare with; empty: the latest earlier complete run
 */
public record ReportOptions(List<Variant> variants, String compareTo) implements StageOptions {
  public ReportOptions {
    variants = variants == null ? List.of() : variants.stream().distinct().toList();
    compareTo = compareTo == null ? "" : compareTo.trim();
  }

  public static ReportOptions defaults() {
    return new ReportOptions(List.of(Variant.values()), "");
  }

  /** The stage's one check. */
  @Override
  public void validate() {
    if (variants.isEmpty()) {
      throw StageException.badInput("--variants is empty: name no-funnel, with-funnel or both");
    }
    if (!compareTo.isEmpty()) {
      RunLayout.checkRunId(compareTo);
    }
  }
}
