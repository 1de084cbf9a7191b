package io.attnlift.report;

import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report reads from {@code runs/<id>/attribute/<variant>/}: the lift tables, stores,
 * positions, method agreement (CSV) and the baselines, recommendation, insights and optional
 * ground-truth check (JSON). Each table is checked for the columns the report uses.
 */
public record AttributeInput(
    Path dir,
    CsvTable eventLift,
    CsvTable eventTypeLift,
    CsvTable discoveryLift,
    CsvTable tagLift,
    CsvTable categoryLift,
    CsvTable stores,
    CsvTable position,
    CsvTable nvPosition,
    CsvTable agreement,
    JsonInput baselines,
    JsonInput recommendation,
    JsonInput insights,
    JsonInput groundTruthCheck) {

  /** The lift columns every lift table has, whatever its first column. */
  static final List<String> LIFT_COLUMNS =
      List.of("n_converted", "n_not_converted", "data_lift", "attention_lift", "ci_low",
          "ci_high", "rollout_lift", "rollout_ci_low", "rollout_ci_high", "gradient_lift",
          "gradient_ci_low", "gradient_ci_high", "recommended_lift", "recommended_ci_low",
          "recommended_ci_high");

  static final List<String> STORE_COLUMNS =
      List.of("store_id", "store_name", "primary_tag_name", "primary_category_name", "is_nv",
          "scope", "n", "n_converted", "attention_share", "attention_lift", "ci_low", "ci_high",
          "recommended_score", "recommended_ci_low", "recommended_ci_high");

  /** The tables copied beside the report, by file name. */
  static final List<String> TABLE_FILES =
      List.of("event_lift.csv", "event_type_lift.csv", "discovery_feature_lift.csv",
          "tag_lift.csv", "category_lift.csv", "store_attribution.csv", "position.csv",
          "nv_position.csv", "method_agreement.csv");

  /** Reads and checks the attribute output of one variant. */
  public static AttributeInput read(RunLayout layout, Variant variant) {
    Path dir = layout.stageDir(Stage.ATTRIBUTE, variant);
    Manifests.require(dir, Stage.ATTRIBUTE);
    JsonInput baselines = JsonInput.read(dir.resolve("baselines.json"));
    JsonInput recommendation = JsonInput.read(dir.resolve("recommendation.json"));
    recommendation.require("method");
    JsonInput insights = JsonInput.read(dir.resolve("insights.json"));
    if (!insights.root().isArray()) {
      throw StageException.badInput(
          "%s is not a list of insights", insights.file());
    }
    return new AttributeInput(
        dir,
        lift(dir, "event_lift.csv", "event"),
        lift(dir, "event_type_lift.csv", "value"),
        lift(dir, "discovery_feature_lift.csv", "value"),
        lift(dir, "tag_lift.csv", "value"),
        lift(dir, "category_lift.csv", "value"),
        CsvTable.read(dir.resolve("store_attribution.csv"), STORE_COLUMNS),
        CsvTable.read(dir.resolve("position.csv"),
            List.of("bucket", "converted", "n", "mean_attention", "mean_recommended")),
        CsvTable.read(dir.resolve("nv_position.csv"),
            List.of("timing", "sessions", "converted", "conversion_rate", "attention_converted",
                "attention_not_converted", "attention_lift", "ci_low", "ci_high")),
        CsvTable.read(dir.resolve("method_agreement.csv"),
            List.of("method_a", "method_b", "spearman", "n")),
        baselines,
        recommendation,
        insights,
        JsonInput.readOptional(dir.resolve("ground_truth_check.json")));
  }

  private static CsvTable lift(Path dir, String file, String first) {
    List<String> cols = new ArrayList<>();
    cols.add(first);
    cols.addAll(LIFT_COLUMNS);
    return CsvTable.read(dir.resolve(file), cols);
  }

  /** The recommended attribution method's name. */
  public String recommendedMethod() {
    return recommendation.require("method").asText();
  }
}
