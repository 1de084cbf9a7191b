package io.attnlift.preprocess;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/**
 * One app event as the pipeline carries it: the events contract's columns as plain Java fields,
 * so that the shuffle moves a compact encoding ({@link EventCoder}) instead of Avro records.
 *
 * <p>Events are ordered by {@link #ORDER}: time first, then, for equal timestamps, by every other
 * column in schema order (event type, event, discovery feature, store id, store name, tag,
 * category, is_nv; a missing value sorts first). The input has no reliable row order once files
 * are read in parallel, so this content order is the stable tie-break: the same events give the
 * same sequence on every runner and every run.
 */
public final class Event implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Time, then the columns in schema order; exact duplicates compare equal. */
  public static final Comparator<Event> ORDER =
      Comparator.comparingLong(Event::ts)
          .thenComparing(Event::eventType)
          .thenComparing(Event::event)
          .thenComparing(Event::discoveryFeature, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Event::storeId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Event::storeName, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Event::primaryTagName, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              Event::primaryCategoryName, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Event::isNv, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final String userId;
  private final String sessionId;
  private final long ts;
  private final String eventType;
  private final String event;
  private final String discoveryFeature;
  private final String storeId;
  private final String storeName;
  private final String primaryTagName;
  private final String primaryCategoryName;
  private final Boolean isNv;

  /** All columns of the events contract; {@code ts} in microseconds since the epoch (UTC). */
  public Event(
      String userId,
      String sessionId,
      long ts,
      String eventType,
      String event,
      String discoveryFeature,
      String storeId,
      String storeName,
      String primaryTagName,
      String primaryCategoryName,
      Boolean isNv) {
    this.userId = Objects.requireNonNull(userId, "user_id");
    this.sessionId = Objects.requireNonNull(sessionId, "session_id");
    this.ts = ts;
    this.eventType = Objects.requireNonNull(eventType, "event_type");
    this.event = Objects.requireNonNull(event, "event");
    this.discoveryFeature = discoveryFeature;
    this.storeId = storeId;
    this.storeName = storeName;
    this.primaryTagName = primaryTagName;
    this.primaryCategoryName = primaryCategoryName;
    this.isNv = isNv;
  }

  /**
   * Reads one record of the events contract (strings may arrive as Avro {@code Utf8}; repeated
   * values come from the thread's {@link StringPool}). Columns are found by position, looked up
   * once per schema.
   */
  public static Event fromRecord(GenericRecord r) {
    int[] at = Columns.of(r.getSchema());
    StringPool pool = StringPool.local();
    return new Event(
        str(r.get(at[0]), pool),
        str(r.get(at[1]), pool),
        (Long) r.get(at[2]),
        str(r.get(at[3]), pool),
        str(r.get(at[4]), pool),
        str(r.get(at[5]), pool),
        str(r.get(at[6]), pool),
        str(r.get(at[7]), pool),
        str(r.get(at[8]), pool),
        str(r.get(at[9]), pool),
        (Boolean) r.get(at[10]));
  }

  private static String str(Object o, StringPool pool) {
    if (o instanceof Utf8 u) {
      return pool.decode(u.getBytes(), 0, u.getByteLength());
    }
    return o == null ? null : o.toString();
  }

  /** The positions of the columns {@link #fromRecord} reads, for the last schema seen. */
  private static final class Columns {
    private static final String[] NAMES = {"user_id", "session_id", "event_ts", "event_type",
        "event", "discovery_feature", "store_id", "store_name", "primary_tag_name",
        "primary_category_name", "is_nv"};
    private static volatile Columns last;
    private final Schema schema;
    private final int[] positions;

    private Columns(Schema schema) {
      this.schema = schema;
      this.positions = new int[NAMES.length];
      for (int i = 0; i < NAMES.length; i++) {
        Schema.Field f = schema.getField(NAMES[i]);
        if (f == null) {
          throw new IllegalArgumentException("the events record has no column " + NAMES[i]);
        }
        positions[i] = f.pos();
      }
    }

    static int[] of(Schema schema) {
      Columns c = last;
      if (c == null || c.schema != schema) {
        c = new Columns(schema);
        last = c;
      }
      return c.positions;
    }
  }

  public String userId() {
    return userId;
  }

  public String sessionId() {
    return sessionId;
  }

  /** Microseconds since the epoch, UTC. */
  public long ts() {
    return ts;
  }

  public String eventType() {
    return eventType;
  }

  public String event() {
    return event;
  }

  public String discoveryFeature() {
    return discoveryFeature;
  }

  public String storeId() {
    return storeId;
  }

  public String storeName() {
    return storeName;
  }

  public String primaryTagName() {
    return primaryTagName;
  }

  public String primaryCategoryName() {
    return primaryCategoryName;
  }

  public Boolean isNv() {
    return isNv;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Event e
        && ts == e.ts
        && userId.equals(e.userId)
        && sessionId.equals(e.sessionId)
        && eventType.equals(e.eventType)
        && event.equals(e.event)
        && Objects.equals(discoveryFeature, e.discoveryFeature)
        && Objects.equals(storeId, e.storeId)
        && Objects.equals(storeName, e.storeName)
        && Objects.equals(primaryTagName, e.primaryTagName)
        && Objects.equals(primaryCategoryName, e.primaryCategoryName)
        && Objects.equals(isNv, e.isNv);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionId, ts, event, storeId);
  }

  @Override
  public String toString() {
    return sessionId + "@" + ts + ":" + event + (storeId == null ? "" : "/" + storeId);
  }
}
