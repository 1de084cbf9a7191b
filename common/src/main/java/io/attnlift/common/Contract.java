package io.attnlift.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/**
 * A dataset passed between stages, with its one Avro schema. The schema carries its version in
 * the {@code attnlift.version} property; Parquet files embed the schema, so a reader can refuse a
 * file written under another version.
 */
public enum Contract {
  /** extract → preprocess: one row per event. */
  EVENTS("events"),
  /** preprocess → train: one row per session and variant. */
  SEQUENCES("sequences"),
  /** train → attribute, report: one row per session. */
  PREDICTIONS("predictions"),
  /** train → attribute: one row per event of a scored session. */
  ATTRIBUTIONS("attributions"),
  /** train → attribute: one row per held-out session and group of events removed from it. */
  SESSION_REMOVALS("session_removals"),
  /** generate → extract → attribute, bench: the synthetic world's truth per session. */
  SESSION_TRUTH("session_truth"),
  /** attribute → report, warehouse: one row per EVENT value with each method's lift. */
  EVENT_LIFT("event_lift"),
  /** attribute → report, warehouse: one row per EVENT_TYPE, with the Markov removal effect. */
  EVENT_TYPE_LIFT("event_type_lift"),
  /** attribute → report, warehouse: lift per discovery feature, primary tag or category. */
  GROUP_LIFT("group_lift"),
  /** attribute → report, warehouse: one row per store and scope with enough support. */
  STORE_ATTRIBUTION("store_attribution"),
  /** attribute → report, warehouse: attention by position bucket and outcome. */
  POSITION_ATTENTION("position_attention"),
  /** attribute → report, warehouse: NV-store events early against late in a session. */
  NV_POSITION("nv_position"),
  /** attribute → report, warehouse: rank agreement between two attribution methods. */
  METHOD_AGREEMENT("method_agreement"),
  /** attribute → report, warehouse: the model's removal effect per group of events. */
  REMOVAL_EFFECTS("removal_effects");

  /** The schema property that holds a contract's version. */
  public static final String VERSION_PROPERTY = "attnlift.version";

  private final String id;
  private final Schema schema;

  Contract(String id) {
    this.id = id;
    this.schema = load(id);
  }

  /** The contract's name, also its folder name inside a stage's output. */
  public String id() {
    return id;
  }

  public Schema schema() {
    return schema;
  }

  public int version() {
    return versionOf(schema);
  }

  /** The version a schema declares, or 0 when it declares none. */
  public static int versionOf(Schema schema) {
    Object v = schema.getObjectProp(VERSION_PROPERTY);
    return v instanceof Number n ? n.intValue() : 0;
  }

  /**
   * Checks that a schema found in a file is this contract at this build's version.
   *
   * @param where the file, for the message
   */
  public void check(Schema found, String where) {
    if (!found.getFullName().equals(schema.getFullName())) {
      throw StageException.badInput(
          "%s holds %s records, expected %s (contract '%s')",
          where, found.getFullName(), schema.getFullName(), id);
    }
    int foundVersion = versionOf(found);
    if (foundVersion != version()) {
      throw StageException.badInput(
          "%s was written with %s schema version %d, this build reads version %d: rerun the"
              + " stage that wrote it with this build",
          where, id, foundVersion, version());
    }
  }

  private static Schema load(String id) {
    String resource = "/io/attnlift/contracts/" + id + ".avsc";
    try (InputStream in = Contract.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + resource);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
