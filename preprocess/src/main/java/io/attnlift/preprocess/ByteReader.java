package io.attnlift.preprocess;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.util.VarInt;

/**
 * Reads what a {@link ByteWriter} wrote: one length-prefixed element read in one call. Strings
 * come from the thread's {@link StringPool}, so repeated values are one object each.
 */
final class ByteReader {
  private final byte[] buf;
  private final int end;
  private int pos;
  private final List<String> table = new ArrayList<>();
  private final StringPool pool = StringPool.local();

  private ByteReader(byte[] buf, int end) {
    this.buf = buf;
    this.end = end;
  }

  /** Reads one element's bytes from the stream. */
  static ByteReader from(InputStream in) throws IOException {
    return of(bytes(in));
  }

  /** Reads an element's encoding as {@link ByteWriter#toBytes} returned it. */
  static ByteReader of(byte[] b) {
    return new ByteReader(b, b.length);
  }

  /** One element's bytes, as {@link ByteWriter#writeTo} wrote them, without decoding them. */
  static byte[] bytes(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    byte[] b = new byte[n];
    int read = in.readNBytes(b, 0, n);
    if (read != n) {
      throw new EOFException("element cut short: " + read + " of " + n + " bytes");
    }
    return b;
  }

  long varlong() throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = next();
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IOException("varint too long");
  }

  int varint() throws IOException {
    return (int) varlong();
  }

  String string() throws IOException {
    long tag = varlong();
    if (tag == 0) {
      return null;
    }
    if (tag >= 2) {
      return table.get((int) (tag - 2));
    }
    int n = varint();
    if (pos + n > end) {
      throw new EOFException("string cut short");
    }
    String s = pool.decode(buf, pos, n);
    pos += n;
    table.add(s);
    return s;
  }

  float floatBits() throws IOException {
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v = (v << 8) | (next() & 0xff);
    }
    return Float.intBitsToFloat(v);
  }

  Boolean bool() throws IOException {
    byte v = next();
    return v == 0 ? null : v == 2;
  }

  private byte next() throws IOException {
    if (pos >= end) {
      throw new EOFException("element cut short");
    }
    return buf[pos++];
  }
}
