package io.attnlift.common;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Factory helpers for tiny contract records in tests. */
public final class Records {
  private Records() {}

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
