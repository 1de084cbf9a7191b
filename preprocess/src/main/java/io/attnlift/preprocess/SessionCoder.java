package io.attnlift.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Encodes a {@link Session} with its ids once and then each event's body. Decoding keeps the
 * bytes and leaves the events to be decoded when first read ({@link Session}), and a session
 * encodes itself once: a session that only passes through an exchange or a sort is copied, not
 * decoded and encoded again.
 */
public final class SessionCoder extends CustomCoder<Session> {
  private static final long serialVersionUID = 1L;
  private static final SessionCoder INSTANCE = new SessionCoder();

  private SessionCoder() {}

  public static SessionCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Session s, OutputStream out) throws IOException {
    ByteWriter.writeBytes(s.encoding(), out);
  }

  @Override
  public Session decode(InputStream in) throws IOException {
    return Session.ofEncoding(ByteReader.bytes(in));
  }

  /** The encoding of a session's values (without the length prefix). */
  static byte[] encodeFields(String sessionId, String userId, List<Event> events) {
    ByteWriter w = ByteWriter.open();
    w.string(sessionId);
    w.string(userId);
    w.varint(events.size());
    for (Event e : events) {
      EventCoder.writeBody(e, w);
    }
    return w.toBytes();
  }

  /** The values {@link #encodeFields} encoded. */
  static Session.Fields decodeFields(byte[] bytes) throws IOException {
    ByteReader r = ByteReader.of(bytes);
    String session = r.string();
    String user = r.string();
    int n = r.varint();
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      events.add(EventCoder.readBody(user, session, r));
    }
    return new Session.Fields(session, user, Collections.unmodifiableList(events));
  }

  @Override
  public void verifyDeterministic() {}
}
