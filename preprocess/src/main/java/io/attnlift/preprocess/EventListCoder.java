package io.attnlift.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Encodes a list of events of one session (a chunk, see {@link GroupSessions}): the session id
 * once, the user id per event (table-coded, so once unless it changes), then each event's body.
 * A decoded chunk keeps its bytes and decodes its events when first read, so the shuffle's sort,
 * which decodes what it receives and encodes it again into its buffers, copies bytes instead.
 */
public final class EventListCoder extends CustomCoder<List<Event>> {
  private static final long serialVersionUID = 1L;
  private static final EventListCoder INSTANCE = new EventListCoder();

  private EventListCoder() {}

  public static EventListCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(List<Event> events, OutputStream out) throws IOException {
    byte[] kept = events instanceof EncodedEvents e ? e.bytes : null;
    if (kept != null) {
      ByteWriter.writeBytes(kept, out);
      return;
    }
    ByteWriter w = ByteWriter.open();
    w.varint(events.size());
    if (!events.isEmpty()) {
      String session = events.get(0).sessionId();
      w.string(session);
      for (Event e : events) {
        if (!e.sessionId().equals(session)) {
          throw new IllegalArgumentException("a chunk holds events of two sessions: " + e);
        }
        w.string(e.userId());
        EventCoder.writeBody(e, w);
      }
    }
    w.writeTo(out);
  }

  @Override
  public List<Event> decode(InputStream in) throws IOException {
    return new EncodedEvents(ByteReader.bytes(in));
  }

  private static List<Event> decodeNow(byte[] bytes) throws IOException {
    ByteReader r = ByteReader.of(bytes);
    int n = r.varint();
    List<Event> events = new ArrayList<>(n);
    String session = n == 0 ? null : r.string();
    for (int i = 0; i < n; i++) {
      String user = r.string();
      events.add(EventCoder.readBody(user, session, r));
    }
    return events;
  }

  @Override
  public void verifyDeterministic() {}

  /** A decoded chunk: its bytes until an event is read, then its events. Read-only. */
  private static final class EncodedEvents extends AbstractList<Event> implements RandomAccess {
    private volatile byte[] bytes;
    private volatile List<Event> events;

    EncodedEvents(byte[] bytes) {
      this.bytes = bytes;
    }

    private List<Event> events() {
      byte[] b = bytes; // read before events: decoding writes events first, then drops bytes
      List<Event> e = events;
      if (e == null) {
        try {
          e = decodeNow(b);
        } catch (IOException x) {
          throw new UncheckedIOException("a chunk's encoding is corrupt", x);
        }
        events = e;
        bytes = null;
      }
      return e;
    }

    @Override
    public Event get(int i) {
      return events().get(i);
    }

    @Override
    public int size() {
      return events().size();
    }
  }
}
