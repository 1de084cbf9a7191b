package io.attnlift.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;

/** Encodes a {@link Sequence} compactly: ids once, event bodies, floats raw, indices as varints. */
public final class SequenceCoder extends CustomCoder<Sequence> {
  private static final long serialVersionUID = 1L;
  private static final SequenceCoder INSTANCE = new SequenceCoder();

  private SequenceCoder() {}

  public static SequenceCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Sequence s, OutputStream out) throws IOException {
    ByteWriter w = ByteWriter.open();
    w.string(s.variant());
    w.string(s.sessionId());
    w.string(s.userId());
    w.string(s.split());
    w.varint(s.label());
    w.bool(s.truncated());
    w.varint(s.sessionStartTs());
    int n = s.events().size();
    w.varint(n);
    for (int i = 0; i < n; i++) {
      EventCoder.writeBody(s.events().get(i), w);
      w.floatBits(s.timeDelta()[i]);
    }
    w.varint(s.indices() == null ? 0 : s.indices().length);
    if (s.indices() != null) {
      for (int[] idx : s.indices()) {
        for (int i = 0; i < n; i++) {
          w.varint(idx[i]);
        }
      }
    }
    w.writeTo(out);
  }

  @Override
  public Sequence decode(InputStream in) throws IOException {
    ByteReader r = ByteReader.from(in);
    String variant = r.string();
    String session = r.string();
    String user = r.string();
    String split = r.string();
    int label = r.varint();
    boolean truncated = r.bool();
    long start = r.varlong();
    int n = r.varint();
    List<Event> events = new ArrayList<>(n);
    float[] deltas = new float[n];
    for (int i = 0; i < n; i++) {
      events.add(EventCoder.readBody(user, session, r));
      deltas[i] = r.floatBits();
    }
    int features = r.varint();
    int[][] indices = features == 0 ? null : new int[features][n];
    for (int f = 0; f < features; f++) {
      for (int i = 0; i < n; i++) {
        indices[f][i] = r.varint();
      }
    }
    return new Sequence(
        variant, session, user, split, label, truncated, start, events, deltas, indices);
  }

  @Override
  public void verifyDeterministic() {}
}
