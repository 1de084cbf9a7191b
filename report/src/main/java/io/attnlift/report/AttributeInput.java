package io.attnlift.report;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.Method;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.BaselinesJson;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.InsightsJson;
import io.attnlift.common.json.RecommendationJson;
import java.nio.file.Path;
import java.util.List;

/**
 * What the report reads from {@code runs/<id>/attribute/<variant>/}: the tables (the removal
 * effects the sections rank by among them) through their
 * Parquet contracts, and the baselines, recommendation, insights and (synthetic data) ground-truth
 * check through their JSON contracts. The CSV files beside them are downloads, copied as they are.
 */
public record AttributeInput(
    Path dir,
    TableData eventLift,
    TableData eventTypeLift,
    TableData discoveryLift,
    TableData tagLift,
    TableData categoryLift,
    TableData stores,
    TableData position,
    TableData nvPosition,
    TableData agreement,
    TableData removalEffects,
    BaselinesJson baselines,
    RecommendationJson recommendation,
    InsightsJson insights,
    AuditJson audit,
    GroundTruthCheckJson groundTruthCheck) {

  /** The tables copied beside the report as downloads, by file name. */
  static final List<String> TABLE_FILES =
      List.of("event_lift.csv", "event_type_lift.csv", "discovery_feature_lift.csv",
          "tag_lift.csv", "category_lift.csv", "store_attribution.csv", "position.csv",
          "nv_position.csv", "method_agreement.csv", "removal_effects.csv");

  /** Reads and checks the attribute output of one variant. */
  public static AttributeInput read(RunLayout layout, Variant variant) {
    Path dir = layout.stageDir(Stage.ATTRIBUTE, variant);
    Manifests.require(layout, Stage.ATTRIBUTE, variant);
    return new AttributeInput(
        dir,
        TableData.read(dir.resolve("event_lift"), Contract.EVENT_LIFT),
        TableData.read(dir.resolve("event_type_lift"), Contract.EVENT_TYPE_LIFT),
        TableData.read(dir.resolve("discovery_feature_lift"), Contract.GROUP_LIFT),
        TableData.read(dir.resolve("tag_lift"), Contract.GROUP_LIFT),
        TableData.read(dir.resolve("category_lift"), Contract.GROUP_LIFT),
        TableData.read(dir.resolve("store_attribution"), Contract.STORE_ATTRIBUTION),
        TableData.read(dir.resolve("position"), Contract.POSITION_ATTENTION),
        TableData.read(dir.resolve("nv_position"), Contract.NV_POSITION),
        TableData.read(dir.resolve("method_agreement"), Contract.METHOD_AGREEMENT),
        TableData.read(dir.resolve("removal_effects"), Contract.REMOVAL_EFFECTS),
        BaselinesJson.CONTRACT.read(dir.resolve(BaselinesJson.CONTRACT.fileName())),
        RecommendationJson.CONTRACT.read(dir.resolve(RecommendationJson.CONTRACT.fileName())),
        InsightsJson.CONTRACT.read(dir.resolve(InsightsJson.CONTRACT.fileName())),
        AuditJson.CONTRACT.read(dir.resolve(AuditJson.CONTRACT.fileName())),
        GroundTruthCheckJson.CONTRACT.readIfPresent(
            dir.resolve(GroundTruthCheckJson.CONTRACT.fileName())));
  }

  /** The recommended attribution method. */
  public Method recommendedMethod() {
    return recommendation.method();
  }
}
