package io.attnlift.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;

/** Encodes a {@link Session} with its ids once and then each event's body. */
public final class SessionCoder extends CustomCoder<Session> {
  private static final long serialVersionUID = 1L;
  private static final SessionCoder INSTANCE = new SessionCoder();

  private SessionCoder() {}

  public static SessionCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Session s, OutputStream out) throws IOException {
    ByteWriter w = ByteWriter.open();
    w.string(s.sessionId());
    w.string(s.userId());
    w.varint(s.events().size());
    for (Event e : s.events()) {
      EventCoder.writeBody(e, w);
    }
    w.writeTo(out);
  }

  @Override
  public Session decode(InputStream in) throws IOException {
    ByteReader r = ByteReader.from(in);
    String session = r.string();
    String user = r.string();
    int n = r.varint();
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      events.add(EventCoder.readBody(user, session, r));
    }
    return new Session(session, user, events);
  }

  @Override
  public void verifyDeterministic() {}
}
