package io.attnlift.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A compact, deterministic encoding of an {@link Event}: varints and table-coded UTF-8 strings,
 * no schema per element. Inside a session ({@link SessionCoder}, {@link SequenceCoder}, {@link
 * EventListCoder}) the ids are written once for the whole session and only each event's {@linkplain
 * #writeBody body} is.
 */
public final class EventCoder extends CustomCoder<Event> {
  private static final long serialVersionUID = 1L;
  private static final EventCoder INSTANCE = new EventCoder();

  private EventCoder() {}

  public static EventCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Event e, OutputStream out) throws IOException {
    ByteWriter w = ByteWriter.open();
    w.string(e.userId());
    w.string(e.sessionId());
    writeBody(e, w);
    w.writeTo(out);
  }

  @Override
  public Event decode(InputStream in) throws IOException {
    ByteReader r = ByteReader.from(in);
    String user = r.string();
    String session = r.string();
    return readBody(user, session, r);
  }

  /** Writes everything but the user and session ids. */
  static void writeBody(Event e, ByteWriter w) {
    w.varint(e.ts());
    w.string(e.eventType());
    w.string(e.event());
    w.string(e.discoveryFeature());
    w.string(e.storeId());
    w.string(e.storeName());
    w.string(e.primaryTagName());
    w.string(e.primaryCategoryName());
    w.bool(e.isNv());
  }

  /** Reads what {@link #writeBody} wrote, for an event of the given user and session. */
  static Event readBody(String user, String session, ByteReader r) throws IOException {
    long ts = r.varlong();
    return new Event(
        user, session, ts, r.string(), r.string(), r.string(), r.string(), r.string(),
        r.string(), r.string(), r.bool());
  }

  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
