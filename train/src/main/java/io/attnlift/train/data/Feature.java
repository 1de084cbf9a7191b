package io.attnlift.train.data;

/**
 * The six categorical per-event features, each with its vocabulary name, its index column in the
 * sequences contract and its raw-value column.
 */
public enum Feature {
  EVENT("event", "event_idx", "event"),
  DISCOVERY_FEATURE("discovery_feature", "discovery_feature_idx", "discovery_feature"),
  STORE_ID("store", "store_idx", "store_id"),
  STORE_NAME("store_name", "store_name_idx", "store_name"),
  PRIMARY_TAG_NAME("primary_tag", "primary_tag_idx", "primary_tag_name"),
  PRIMARY_CATEGORY_NAME("primary_category", "primary_category_idx", "primary_category_name");

  private final String vocabName;
  private final String indexColumn;
  private final String rawColumn;

  Feature(String vocabName, String indexColumn, String rawColumn) {
    this.vocabName = vocabName;
    this.indexColumn = indexColumn;
    this.rawColumn = rawColumn;
  }

  /** The feature's key in {@code vocab.json}. */
  public String vocabName() {
    return vocabName;
  }

  /** The {@code *_idx} column of the sequences contract, also the model input's name. */
  public String indexColumn() {
    return indexColumn;
  }

  /** The raw-value column of the sequences contract. */
  public String rawColumn() {
    return rawColumn;
  }
}
