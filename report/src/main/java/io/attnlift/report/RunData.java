package io.attnlift.report;

import io.attnlift.common.RunLayout;
import io.attnlift.common.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * All inputs of one run's report, read and checked before anything is written.
 *
 * @param layout the run
 * @param extract the extract stats
 * @param variants the variants in the order asked for
 */
public record RunData(RunLayout layout, ExtractInput extract, List<VariantData> variants) {

  /** Reads a run's inputs for the given variants. */
  public static RunData read(RunLayout layout, List<Variant> variants) {
    ExtractInput extract = ExtractInput.read(layout);
    List<VariantData> data = new ArrayList<>();
    for (Variant v : variants) {
      data.add(VariantData.read(layout, v));
    }
    return new RunData(layout, extract, List.copyOf(data));
  }

  /** The honest variant if asked for, else the first one: the one the headline leads with. */
  public VariantData primary() {
    return variants.stream().filter(v -> !v.leaky()).findFirst().orElse(variants.get(0));
  }

  /** The honest variant, or null when it was not asked for. */
  public VariantData honest() {
    return variants.stream().filter(v -> v.variant().honest()).findFirst().orElse(null);
  }

  /** The with-funnel variant (the leakage baseline), or null when it was not asked for. */
  public VariantData leaky() {
    return variants.stream().filter(v -> v.variant() == Variant.WITH_FUNNEL).findFirst()
        .orElse(null);
  }
}
