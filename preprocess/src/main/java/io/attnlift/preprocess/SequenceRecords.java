package io.attnlift.preprocess;

import io.attnlift.common.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/** Turns an encoded {@link Sequence} into a record of the sequences contract. */
public final class SequenceRecords {
  private static final Schema SCHEMA = Contract.SEQUENCES.schema();

  private SequenceRecords() {}

  /** The record; the sequence must have been encoded. */
  public static GenericRecord toRecord(Sequence s) {
    if (s.indices() == null) {
      throw new IllegalStateException("sequence " + s.sessionId() + " was not encoded");
    }
    int n = s.length();
    GenericRecord r = new GenericData.Record(SCHEMA);
    r.put("session_id", new Utf8(s.sessionId()));
    r.put("user_id", new Utf8(s.userId()));
    r.put("split", new Utf8(s.split()));
    r.put("label", s.label());
    r.put("length", n);
    r.put("truncated", s.truncated());
    r.put("session_start_ts", s.sessionStartTs());
    for (int f = 0; f < Features.CATEGORICAL.size(); f++) {
      r.put(Features.CATEGORICAL.get(f) + "_idx", ints(s.indices()[f]));
    }
    List<Float> rank = new ArrayList<>(n);
    List<Float> delta = new ArrayList<>(n);
    List<Float> nv = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rank.add(Features.eventRank(i, n));
      delta.add(s.timeDelta()[i]);
      nv.add(Features.isNv(s.events().get(i)));
    }
    r.put("event_rank", rank);
    r.put("time_delta", delta);
    r.put("is_nv", nv);
    r.put("event", strings(s, e -> Features.token(e, 0)));
    r.put("event_type", strings(s, Event::eventType));
    r.put("discovery_feature", strings(s, e -> Features.token(e, 1)));
    r.put("store_id", strings(s, e -> Features.token(e, 2)));
    r.put("store_name", strings(s, e -> Features.token(e, 3)));
    r.put("primary_tag_name", strings(s, e -> Features.token(e, 4)));
    r.put("primary_category_name", strings(s, e -> Features.token(e, 5)));
    return r;
  }

  private static List<Integer> ints(int[] a) {
    List<Integer> out = new ArrayList<>(a.length);
    for (int v : a) {
      out.add(v);
    }
    return out;
  }

  /**
   * The values as Avro {@code Utf8}: parquet-avro then hands byte-array binaries to its dictionary
   * writer, which compares them much faster than the buffer-backed ones it makes from a String.
   */
  private static List<Utf8> strings(Sequence s, Function<Event, String> f) {
    List<Utf8> out = new ArrayList<>(s.length());
    for (Event e : s.events()) {
      out.add(new Utf8(f.apply(e)));
    }
    return out;
  }
}
