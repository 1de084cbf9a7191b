package io.attnlift.report;

import io.attnlift.common.RunLayout;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.PreprocessStats;

/** Everything the report reads for one variant: preprocess stats, train and attribute outputs. */
public record VariantData(
    Variant variant, PreprocessStats preprocess, TrainInput train, AttributeInput attribute) {

  /** Reads a variant's inputs; a missing or partial one is bad input naming the variant. */
  public static VariantData read(RunLayout layout, Variant variant) {
    try {
      return new VariantData(
          variant,
          PreprocessInput.read(layout, variant),
          TrainInput.read(layout, variant),
          AttributeInput.read(layout, variant));
    } catch (StageException e) {
      throw new StageException(
          e.exitCode(), "variant '" + variant.id() + "': " + e.getMessage(), e);
    }
  }

  /** Whether this is the leakage variant (it sees the funnel events). */
  public boolean leaky() {
    return variant == Variant.WITH_FUNNEL;
  }
}
