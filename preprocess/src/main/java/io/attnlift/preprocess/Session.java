package io.attnlift.preprocess;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * One session after grouping: its events without exact duplicates, in {@link Event#ORDER}.
 *
 * <p>A session can also hold just its {@link SessionCoder} encoding: one decoded by the coder is
 * decoded on first use, and one encoded keeps its bytes. On Flink every exchange and sort
 * re-encodes what it decoded, and a step that feeds two consumers encodes its output once per
 * consumer: with the bytes kept, those copies are array copies, and the events are decoded only
 * where a step reads them.
 */
public final class Session implements Serializable {
  private static final long serialVersionUID = 2L;
  /** The decoded session, or null until first use. */
  private transient volatile Fields fields;
  /** The coder's encoding, or null when it was dropped after decoding or never made. */
  private transient volatile byte[] encoded;

  /**
   * @param sessionId SESSION_ID
   * @param userId the session's one user
   * @param events at least one event, sorted by time with the stable tie-break
   */
  public Session(String sessionId, String userId, List<Event> events) {
    this.fields = new Fields(Objects.requireNonNull(sessionId, "session_id"),
        Objects.requireNonNull(userId, "user_id"), List.copyOf(events));
  }

  private Session(byte[] encoded) {
    this.encoded = encoded;
  }

  /** A session known by its encoding only, decoded when first read. */
  static Session ofEncoding(byte[] encoded) {
    return new Session(Objects.requireNonNull(encoded));
  }

  public String sessionId() {
    return fields().sessionId();
  }

  public String userId() {
    return fields().userId();
  }

  public List<Event> events() {
    return fields().events();
  }

  /** The time of the session's first event, microseconds since the epoch. */
  public long startTs() {
    return events().get(0).ts();
  }

  /** The coder's encoding: kept from decoding (if never read since) or made once and kept. */
  byte[] encoding() {
    byte[] e = encoded;
    if (e == null) {
      Fields f = fields;
      e = SessionCoder.encodeFields(f.sessionId(), f.userId(), f.events());
      encoded = e;
    }
    return e;
  }

  private Fields fields() {
    byte[] e = encoded; // read before fields: see the order of the writes below
    Fields f = fields;
    if (f == null) {
      try {
        f = SessionCoder.decodeFields(e);
      } catch (java.io.IOException x) {
        throw new UncheckedIOException("a session's encoding is corrupt", x);
      }
      fields = f;
      encoded = null; // decoded once: the events are what is kept
    }
    return f;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Session s && fields().equals(s.fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  @Override
  public String toString() {
    Fields f = fields();
    return "Session[sessionId=" + f.sessionId() + ", userId=" + f.userId() + ", events="
        + f.events() + "]";
  }

  /** Java serialisation writes the decoded fields. */
  private Object writeReplace() {
    return fields();
  }

  /** A session's decoded values; Java serialisation's form of a {@link Session}. */
  record Fields(String sessionId, String userId, List<Event> events) implements Serializable {
    private Object readResolve() {
      return new Session(sessionId, userId, events);
    }
  }
}
