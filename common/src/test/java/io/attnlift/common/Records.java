package io.attnlift.common;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Factory helpers for tiny contract records in tests. */
public final class Records {
  private Records() {}

  /**
   * A record of any contract: the given fields, every other one at its empty value (null where
   * the contract allows it, else 0, false or the empty string).
   */
  public static GenericRecord row(Contract c, Map<String, ?> fields) {
    GenericRecord r = new GenericData.Record(c.schema());
    for (Schema.Field f : c.schema().getFields()) {
      if (fields.containsKey(f.name())) {
        r.put(f.name(), fields.get(f.name()));
      } else {
        r.put(f.name(), empty(f.schema()));
      }
    }
    for (String k : fields.keySet()) {
      if (c.schema().getField(k) == null) {
        throw new IllegalArgumentException(c.id() + " has no field " + k);
      }
    }
    return r;
  }

  private static Object empty(Schema s) {
    return switch (s.getType()) {
      case UNION -> null;
      case LONG -> 0L;
      case INT -> 0;
      case DOUBLE -> 0.0;
      case BOOLEAN -> false;
      case STRING -> "";
      default -> throw new IllegalArgumentException("no empty value of " + s);
    };
  }

  /**
   * An event of the events contract; {@code store} null means no store.
   *
   * @param tsSeconds seconds since the epoch
   */
  public static GenericRecord event(
      String user, String session, long tsSeconds, String type, String event, String store) {
    GenericRecord r = new GenericData.Record(Contract.EVENTS.schema());
    r.put("user_id", user);
    r.put("session_id", session);
    r.put("event_ts", tsSeconds * 1_000_000L);
    r.put("event_type", type);
    r.put("event", event);
    r.put("discovery_feature", store == null ? null : "Home Feed");
    r.put("store_id", store);
    r.put("store_name", store == null ? null : "Store " + store);
    r.put("primary_tag_name", store == null ? null : "Pizza");
    r.put("primary_category_name", store == null ? null : "Italian");
    r.put("is_nv", store == null ? null : Boolean.FALSE);
    return r;
  }
}
