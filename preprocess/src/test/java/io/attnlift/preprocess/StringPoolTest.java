package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StringPoolTest {
  @Test
  void repeatedBytesGiveTheSameStringObject() {
    StringPool pool = new StringPool();
    byte[] a = "xxstore_page_loadyy".getBytes(StandardCharsets.UTF_8);
    byte[] b = "store_page_load".getBytes(StandardCharsets.UTF_8);
    String first = pool.decode(a, 2, 15);
    assertEquals("store_page_load", first);
    assertSame(first, pool.decode(b, 0, b.length));
  }

  @Test
  void differentBytesAndLongStringsAreDecodedAsThemselves() {
    StringPool pool = new StringPool();
    byte[] cafe = "Café Ω".getBytes(StandardCharsets.UTF_8);
    assertEquals("Café Ω", pool.decode(cafe, 0, cafe.length));
    byte[] other = "Cafe".getBytes(StandardCharsets.UTF_8);
    assertEquals("Cafe", pool.decode(other, 0, other.length));
    byte[] id = "u".repeat(StringPool.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);
    assertNotSame(pool.decode(id, 0, id.length), pool.decode(id, 0, id.length));
  }

  @Test
  void aNestedEncodeGetsAWriterOfItsOwn() throws Exception {
    ByteWriter outer = ByteWriter.open();
    ByteWriter inner = ByteWriter.open();
    assertNotSame(outer, inner);
    inner.writeTo(java.io.OutputStream.nullOutputStream());
    outer.writeTo(java.io.OutputStream.nullOutputStream());
    assertSame(outer, ByteWriter.open());
  }
}
