package io.attnlift.preprocess;

import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The preprocess stage's options, resolved once from code defaults, a preset and the flags.
 *
 * @param variants comma list of variants to write
 * @param runner FlinkRunner (embedded or remote Flink) or DirectRunner (tests, small data)
 * @param flinkMaster {@code [local]} for embedded Flink, or {@code host:port} of a cluster
 * @param maxLength the most events per sequence (the most recent are kept)
 * @param minCount the training count a value needs for its own vocabulary index
 * @param shards Parquet files per split; 0 sizes them from the input (about 1M events a file)
 * @param conversionEvents comma list of funnel EVENT names that mean the session converted
 * @param parallelism Flink parallelism (and DirectRunner threads); 0 means the available cores
 * @param valFraction share of users in the validation split
 * @param testFraction share of users in the test split
 * @param maxConflictRate the largest share of sessions whose SESSION_ID appears under several
 *     users (rejected) before the stage fails
 */
public record PreprocessOptions(
    String variants,
    String runner,
    String flinkMaster,
    int maxLength,
    int minCount,
    int shards,
    String conversionEvents,
    int parallelism,
    double valFraction,
    double testFraction,
    double maxConflictRate) {

  public static final String FLINK = "FlinkRunner";
  public static final String DIRECT = "DirectRunner";

  /** The code's defaults. */
  public static PreprocessOptions defaults() {
    return new PreprocessOptions(
        "no-funnel,with-funnel", FLINK, "[local]", 128, 5, 0,
        "action_place_order,system_checkout_success", 0, 0.1, 0.1, 0.01);
  }

  /** Checks the values; a bad one is a usage error (exit 2) naming the option. */
  public PreprocessOptions validate() {
    variantList();
    if (!FLINK.equals(runner) && !DIRECT.equals(runner)) {
      throw StageException.badInput(
          "--runner '%s': expected %s or %s", runner, FLINK, DIRECT);
    }
    check(maxLength >= 1, "--max-length must be at least 1, got %s", maxLength);
    check(minCount >= 1, "--min-count must be at least 1, got %s", minCount);
    check(shards >= 0, "--shards must be 0 (auto) or more, got %s", shards);
    check(parallelism >= 0, "--parallelism must be 0 (cores) or more, got %s", parallelism);
    check(!conversionEventSet().isEmpty(), "--conversion-events is empty: %s", conversionEvents);
    check(valFraction >= 0 && testFraction >= 0 && valFraction + testFraction < 1,
        "--val-fraction + --test-fraction must be in [0, 1), got %s", valFraction + testFraction);
    check(maxConflictRate >= 0 && maxConflictRate <= 1,
        "--max-conflict-rate must be in [0, 1], got %s", maxConflictRate);
    return this;
  }

  private static void check(boolean ok, String format, Object value) {
    if (!ok) {
      throw StageException.badInput(format, value);
    }
  }

  public List<Variant> variantList() {
    List<Variant> v = Variant.parseList(variants == null ? "" : variants);
    if (v.isEmpty()) {
      throw StageException.badInput("--variants is empty: name no-funnel and/or with-funnel");
    }
    return v;
  }

  public Set<String> conversionEventSet() {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(conversionEvents == null ? new String[0] : conversionEvents.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .forEach(out::add);
    return out;
  }

  /** The parallelism to use: as given, or the available cores. */
  public int effectiveParallelism() {
    return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
  }

  public UserSplit userSplit() {
    return new UserSplit(valFraction, testFraction);
  }
}
