package io.attnlift.preprocess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.util.VarInt;

/**
 * Builds one element's encoding in a byte array, then writes it to the stream in one call (the
 * runners' streams are slow per byte). Strings go through a per-element table: a repeated string
 * (an event type, a store name) is written once and then referred to by its number.
 *
 * <p>Each thread reuses one writer ({@link #open()}): its buffer and table keep their capacity
 * from element to element instead of being allocated and grown for every one.
 */
final class ByteWriter {
  private static final ThreadLocal<ByteWriter> LOCAL = ThreadLocal.withInitial(ByteWriter::new);
  private byte[] buf = new byte[1024];
  private int size;
  private final Map<String, Integer> table = new HashMap<>(256);
  private boolean open;

  /** This thread's writer, emptied; a fresh one if it is already in use (a nested encode). */
  static ByteWriter open() {
    ByteWriter w = LOCAL.get();
    if (w.open) {
      w = new ByteWriter();
    }
    w.open = true;
    w.size = 0;
    w.table.clear();
    return w;
  }

  /** Writes a non-negative int as a varint. */
  void varint(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  /** A nullable string: 0 null, 1 a new string (length and UTF-8 follow), k+2 table entry k. */
  void string(String s) {
    if (s == null) {
      varint(0);
      return;
    }
    Integer ref = table.get(s);
    if (ref != null) {
      varint(ref + 2L);
      return;
    }
    table.put(s, table.size());
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(1);
    varint(b.length);
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  void floatBits(float f) {
    int v = Float.floatToIntBits(f);
    ensure(4);
    buf[size++] = (byte) (v >>> 24);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
  }

  /** A nullable boolean as one byte: 0 null, 1 false, 2 true. */
  void bool(Boolean b) {
    ensure(1);
    buf[size++] = (byte) (b == null ? 0 : b ? 2 : 1);
  }

  /** Writes the length and the bytes to {@code out}; the writer is free again afterwards. */
  void writeTo(OutputStream out) throws IOException {
    try {
      VarInt.encode(size, out);
      out.write(buf, 0, size);
    } finally {
      open = false;
    }
  }

  /** A copy of what was written (no length prefix); the writer is free again afterwards. */
  byte[] toBytes() {
    try {
      return Arrays.copyOf(buf, size);
    } finally {
      open = false;
    }
  }

  /** Writes {@code bytes} (an element's whole encoding) length-prefixed, as {@link #writeTo}. */
  static void writeBytes(byte[] bytes, OutputStream out) throws IOException {
    VarInt.encode(bytes.length, out);
    out.write(bytes);
  }

  private void ensure(int n) {
    if (size + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
  }
}
