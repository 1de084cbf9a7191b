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
  /** generate → extract → attribute, bench: the synthetic world's truth per session. */
  SESSION_TRUTH("session_truth");

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
