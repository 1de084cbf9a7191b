package io.attnlift.common.json;

import io.attnlift.common.Manifest;
import io.attnlift.common.Vocabulary;
import java.util.List;

/** Every JSON contract, for the manifest check and the contract tests. */
public final class JsonContracts {
  /** In pipeline order. */
  public static final List<JsonContract<?>> ALL = List.of(
      Manifest.CONTRACT,
      GroundTruthJson.CONTRACT,
      ExtractStats.CONTRACT,
      Vocabulary.CONTRACT,
      PreprocessStats.CONTRACT,
      MetricsJson.CONTRACT,
      FaithfulnessJson.CONTRACT,
      TrainStats.CONTRACT,
      InsightsJson.CONTRACT,
      BaselinesJson.CONTRACT,
      AuditJson.CONTRACT,
      RecommendationJson.CONTRACT,
      GroundTruthCheckJson.CONTRACT,
      AttributeStats.CONTRACT,
      SummaryJson.CONTRACT,
      ReportStats.CONTRACT);

  private JsonContracts() {}

  /** The contract of an id, or null. */
  public static JsonContract<?> byId(String id) {
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }
}
