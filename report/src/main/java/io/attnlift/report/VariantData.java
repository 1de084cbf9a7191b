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

  /** Whether this is a comparison variant, one that sees what follows purchase intent. */
  public boolean leaky() {
    return !variant.honest();
  }

  /** The variant's part in the report, in words. */
  public String role() {
    return switch (variant) {
      case NO_FUNNEL -> "honest model";
      case FUNNEL_REMOVED -> "seed's filter";
      case WITH_FUNNEL -> "leakage baseline";
    };
  }
}
