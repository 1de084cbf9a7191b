package io.attnlift.preprocess;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.attnlift.common.StageException;
import io.attnlift.common.StageOptions;
import io.attnlift.common.Variant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The preprocess stage's options, resolved once from code defaults, a preset and the flags.
 *
 * @param variants the variants to write
 * @param runner embedded or remote Flink, or the DirectRunner (tests, small data)
 * @param flinkMaster {@code [local]} for embedded Flink, or {@code host:port} of a cluster
 * @param maxLength the most events per sequence (the most recent are kept)
 * @param minCount the training count a value needs for its own vocabulary index
 * @param shards Parquet files per split; 0 sizes them from the input (about 1M events a file)
 * @param funnelEventTypes the EVENT_TYPE values of funnel events (add-to-cart, cart, checkout,
 *     order: what the honest variant's cut starts at and the seed's filter removes)
 * @param funnelEvents EVENT values that are funnel events whatever their EVENT_TYPE
 * @param conversionEvents the funnel EVENT names that mean the session converted
 * @param parallelism Flink parallelism (and DirectRunner threads); 0 means the available cores
 * @param valFraction share of users in the validation split
 * @param testFraction share of users in the test split
 * @param maxConflictRate the largest share of sessions whose SESSION_ID appears under several
 *     users (rejected) before the stage fails
 */
public record PreprocessOptions(
    List<Variant> variants,
    Runner runner,
    String flinkMaster,
    int maxLength,
    int minCount,
    int shards,
    List<String> funnelEventTypes,
    List<String> funnelEvents,
    List<String> conversionEvents,
    int parallelism,
    double valFraction,
    double testFraction,
    double maxConflictRate) implements StageOptions {

  /** The Beam runner. */
  public enum Runner {
    FLINK("FlinkRunner"), DIRECT("DirectRunner");

    private final String id;

    Runner(String id) {
      this.id = id;
    }

    @JsonValue
    @Override
    public String toString() {
      return id;
    }

    /** {@code FlinkRunner} or {@code DirectRunner} (also {@code flink}, {@code direct}). */
    @JsonCreator
    public static Runner parse(String name) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      for (Runner r : values()) {
        if (r.id.toLowerCase(Locale.ROOT).equals(n) || r.name().toLowerCase(Locale.ROOT)
            .equals(n)) {
          return r;
        }
      }
      throw StageException.badInput("--runner '%s': expected FlinkRunner or DirectRunner", name);
    }
  }

  public PreprocessOptions {
    variants = variants == null ? List.of() : List.copyOf(variants);
    funnelEventTypes = names(funnelEventTypes);
    funnelEvents = names(funnelEvents);
    conversionEvents = names(conversionEvents);
  }

  private static List<String> names(List<String> names) {
    return names == null ? List.of()
        : names.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The code's defaults. */
  public static PreprocessOptions defaults() {
    return new PreprocessOptions(List.of(Variant.values()), Runner.FLINK, "[local]", 128, 5, 0,
        List.copyOf(FunnelRules.SEED.types()), List.of(),
        List.of("action_place_order", "system_checkout_success"), 0, 0.1, 0.1, 0.01);
  }

  /** The stage's one check of the values; a bad one is a usage error (exit 2) naming it. */
  @Override
  public void validate() {
    check(!variants.isEmpty(), "--variants is empty: name one or more of %s",
        List.of(Variant.values()));
    check(maxLength >= 1, "--max-length must be at least 1, got %s", maxLength);
    check(minCount >= 1, "--min-count must be at least 1, got %s", minCount);
    check(shards >= 0, "--shards must be 0 (auto) or more, got %s", shards);
    check(parallelism >= 0, "--parallelism must be 0 (cores) or more, got %s", parallelism);
    check(!conversionEvents.isEmpty(), "--conversion-events is empty%s", "");
    check(!funnelEventTypes.isEmpty() || !funnelEvents.isEmpty(),
        "--funnel-event-types and --funnel-events are both empty: nothing is a funnel event%s",
        "");
    check(valFraction >= 0 && testFraction >= 0 && valFraction + testFraction < 1,
        "--val-fraction + --test-fraction must be in [0, 1), got %s", valFraction + testFraction);
    check(maxConflictRate >= 0 && maxConflictRate <= 1,
        "--max-conflict-rate must be in [0, 1], got %s", maxConflictRate);
  }

  private static void check(boolean ok, String format, Object value) {
    if (!ok) {
      throw StageException.badInput(format, value);
    }
  }

  /** The variants, without repeats. */
  public List<Variant> variantList() {
    return variants.stream().distinct().toList();
  }

  /** What counts as funnel and as conversion. */
  public FunnelRules funnel() {
    return new FunnelRules(new LinkedHashSet<>(funnelEventTypes),
        new LinkedHashSet<>(funnelEvents), new LinkedHashSet<>(conversionEvents));
  }

  /** The parallelism to use: as given, or the available cores. */
  public int effectiveParallelism() {
    return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
  }

  public UserSplit userSplit() {
    return new UserSplit(valFraction, testFraction);
  }
}
