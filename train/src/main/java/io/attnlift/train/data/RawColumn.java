package io.attnlift.train.data;

/** The raw-value columns of the sequences contract that attributions carry through. */
public enum RawColumn {
  EVENT("event"),
  EVENT_TYPE("event_type"),
  DISCOVERY_FEATURE("discovery_feature"),
  STORE_ID("store_id"),
  STORE_NAME("store_name"),
  PRIMARY_TAG_NAME("primary_tag_name"),
  PRIMARY_CATEGORY_NAME("primary_category_name");

  private final String column;

  RawColumn(String column) {
    this.column = column;
  }

  /** The column name in the sequences and attributions contracts. */
  public String column() {
    return column;
  }
}
