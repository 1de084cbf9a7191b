package io.attnlift.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Encodes a list of events of one session (a chunk, see {@link GroupSessions}): the session id
 * once, the user id per event (table-coded, so once unless it changes), then each event's body.
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
    ByteReader r = ByteReader.from(in);
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
}
