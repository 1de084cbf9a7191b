package io.attnlift.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * What the shard writers group by shard: a session, or the vocabularies (one copy per shard).
 * The vocabularies travel with the sessions through the one shuffle instead of as a side input,
 * so that on Flink the writer runs in the shuffle's own task and the grouped sessions are not
 * serialised once more to reach it.
 *
 * @param session the session, or null for the vocabularies
 * @param vocabularies the vocabularies, or null for a session
 */
record ShardItem(Session session, Vocabularies vocabularies) {
  ShardItem {
    if ((session == null) == (vocabularies == null)) {
      throw new IllegalArgumentException("a shard item is a session or the vocabularies");
    }
  }

  static ShardItem of(Session s) {
    return new ShardItem(Objects.requireNonNull(s), null);
  }

  static ShardItem of(Vocabularies v) {
    return new ShardItem(null, Objects.requireNonNull(v));
  }

  /** One tag byte, then the session ({@link SessionCoder}) or the vocabularies (serialised). */
  static final class ItemCoder extends CustomCoder<ShardItem> {
    private static final long serialVersionUID = 1L;
    private static final ItemCoder INSTANCE = new ItemCoder();
    private static final Coder<Vocabularies> VOCABULARIES =
        SerializableCoder.of(Vocabularies.class);

    static ItemCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(ShardItem item, OutputStream out) throws IOException {
      if (item.session() != null) {
        out.write(0);
        SessionCoder.of().encode(item.session(), out);
      } else {
        out.write(1);
        VOCABULARIES.encode(item.vocabularies(), out);
      }
    }

    @Override
    public ShardItem decode(InputStream in) throws IOException {
      int tag = in.read();
      return switch (tag) {
        case 0 -> ShardItem.of(SessionCoder.of().decode(in));
        case 1 -> ShardItem.of(VOCABULARIES.decode(in));
        default -> throw new IOException("a shard item starts with tag " + tag);
      };
    }

    @Override
    public void verifyDeterministic() {}
  }
}
