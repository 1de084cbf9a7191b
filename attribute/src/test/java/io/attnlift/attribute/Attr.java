package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.Tokens;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Factory helpers for attributions records and scored events in tests. */
final class Attr {
  private Attr() {}

  /**
   * An attributions record; {@code store} null means no store.
   *
   * @param scores attention, rollout, gradient x input, occlusion
   */
  static GenericRecord record(String session, String split, int label, int length,
      int position, String event, String type, String store, boolean nv, double... scores) {
    GenericRecord r = new GenericData.Record(Contract.ATTRIBUTIONS.schema());
    r.put("session_id", session);
    r.put("user_id", "u-" + session);
    r.put("split", split);
    r.put("label", label);
    r.put("probability", label == 1 ? 0.7 : 0.3);
    r.put("length", length);
    r.put("position", position);
    r.put("event", event);
    r.put("event_type", type);
    r.put("discovery_feature", store == null ? Tokens.NO_FEATURE : "Home Feed");
    r.put("store_id", store == null ? Tokens.NO_STORE : store);
    r.put("store_name", store == null ? Tokens.NO_STORE : "Store " + store);
    r.put("primary_tag_name", store == null ? Tokens.NO_STORE : "Pizza");
    r.put("primary_category_name", store == null ? Tokens.NO_STORE : "Italian");
    r.put("is_nv", nv);
    r.put("attention", scores[0]);
    r.put("rollout", scores.length > 1 ? scores[1] : scores[0]);
    r.put("gradient_x_input", scores.length > 2 ? scores[2] : scores[0]);
    r.put("occlusion", scores.length > 3 ? scores[3] : scores[0]);
    return r;
  }

  /**
   * A scored event whose attention and rollout are {@code share} and whose signed scores
   * (gradient x input, occlusion) are 0: a model that credits nothing.
   */
  static ScoredEvent share(String session, int label, int length, int position, String event,
      String type, String store, double share) {
    ScoredEvent e = event(session, label, length, position, event, type, store, share);
    return new ScoredEvent(e.sessionId(), e.userId(), e.split(), label, length, position, event,
        type,
        e.discoveryFeature(), e.storeId(), e.storeName(), e.tag(), e.category(), false,
        new double[] {share, share, 0, 0});
  }

  /** A scored event with one score for every method. */
  static ScoredEvent event(String session, int label, int length, int position, String event,
      String type, String store, double score) {
    return new ScoredEvent(session, "u-" + session, "test", label, length, position, event,
        type,
        store == null ? Tokens.NO_FEATURE : "Home Feed", store == null ? Tokens.NO_STORE : store,
        store == null ? Tokens.NO_STORE : "Store " + store, "Pizza", "Italian", false,
        new double[] {score, score, score, score});
  }
}
