package io.attnlift.preprocess;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One thread's cache of the short strings it decodes (event types, stores, tags, categories):
 * decoding bytes it has seen before returns the same String object instead of a new one, so the
 * pipeline neither allocates nor rehashes the few hundred strings that make up millions of
 * events. A fixed table of {@value #SLOTS} slots, a colliding string simply replaces the old one.
 * Not thread-safe: use {@link #local()}.
 */
final class StringPool {
  static final int SLOTS = 4096;
  /** Longer strings (ids, mostly unique) are not pooled. */
  static final int MAX_BYTES = 64;
  private static final ThreadLocal<StringPool> LOCAL = ThreadLocal.withInitial(StringPool::new);

  private final byte[][] keys = new byte[SLOTS][];
  private final String[] values = new String[SLOTS];

  static StringPool local() {
    return LOCAL.get();
  }

  /** The UTF-8 string in {@code buf[from, from + length)}. */
  String decode(byte[] buf, int from, int length) {
    if (length > MAX_BYTES) {
      return new String(buf, from, length, StandardCharsets.UTF_8);
    }
    int h = 1;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + buf[i];
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, buf, from, from + length)) {
      return values[slot];
    }
    String s = new String(buf, from, length, StandardCharsets.UTF_8);
    keys[slot] = Arrays.copyOfRange(buf, from, from + length);
    values[slot] = s;
    return s;
  }
}
