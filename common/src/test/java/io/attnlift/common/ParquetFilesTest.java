package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFilesTest {
  @TempDir Path tmp;

  @Test
  void eventsRoundTripThroughParquetUnchanged() throws Exception {
    List<GenericRecord> events =
        List.of(
            Records.event("u1", "s1", 100, "click", "m_card_click", "42"),
            Records.event("u1", "s1", 101, "navigation", "tab_switch", null));
    Path file = tmp.resolve("events/part-00000.parquet");

    assertEquals(2, ParquetFiles.write(file, Contract.EVENTS, events));
    List<GenericRecord> back = new ArrayList<>();
    long n = ParquetFiles.read(tmp.resolve("events"), Contract.EVENTS, back::add);

    assertEquals(2, n);
    assertEquals(events.get(0).toString(), back.get(0).toString());
    assertEquals(events.get(1).toString(), back.get(1).toString());
  }

  @Test
  void everyContractRoundTripsItsSchemaAndVersion() throws Exception {
    for (Contract c : Contract.values()) {
      Path file = tmp.resolve(c.id() + ".parquet");
      ParquetFiles.write(file, c, List.of());
      Schema back = ParquetFiles.schemaOf(file);
      assertEquals(c.schema(), back);
      assertEquals(Contract.versionOf(c.schema()), Contract.versionOf(back), c.id());
      assertTrue(Contract.versionOf(back) >= 1, c.id());
    }
  }

  @Test
  void readRefusesAFileWrittenWithAnotherSchemaVersion() throws Exception {
    Schema v2 = new Schema.Parser().parse(
        Contract.EVENTS.schema().toString().replace("\"attnlift.version\":1",
            "\"attnlift.version\":2"));
    Path empty = tmp.resolve("v2.parquet");
    try (ParquetWriter<GenericRecord> w =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(empty)).withSchema(v2)
            .build()) {
      // no rows
    }

    StageException e =
        assertThrows(StageException.class,
            () -> ParquetFiles.read(empty, Contract.EVENTS, r -> {}));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("events schema version 2"), e.getMessage());
    assertTrue(e.getMessage().contains("reads version 1"), e.getMessage());
  }

  @Test
  void readRefusesAFileOfAnotherContract() throws Exception {
    Schema other = SchemaBuilder.record("Other").fields().requiredString("x").endRecord();
    Path file = tmp.resolve("other.parquet");
    try (ParquetWriter<GenericRecord> w =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file)).withSchema(other)
            .build()) {
      // no rows
    }

    StageException e =
        assertThrows(StageException.class,
            () -> ParquetFiles.read(file, Contract.EVENTS, r -> {}));
    assertTrue(e.getMessage().contains("holds Other records"), e.getMessage());
  }

  @Test
  void readOfAMissingFolderNamesIt() {
    StageException e =
        assertThrows(StageException.class,
            () -> ParquetFiles.read(tmp.resolve("nope"), Contract.EVENTS, r -> {}));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("nope"));
  }

  @Test
  void aTruncatedFileIsBadInputNamingItsPath() throws Exception {
    Path file = tmp.resolve("events/part-00000.parquet");
    ParquetFiles.write(file, Contract.EVENTS,
        List.of(Records.event("u1", "s1", 1, "click", "m_card_click", "7")));
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

    StageException e = assertThrows(StageException.class,
        () -> ParquetFiles.read(file.getParent(), Contract.EVENTS, r -> { }));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith(file + String.format(" (%,d bytes) is not a",
        whole.length / 2)
        + " readable Parquet file: it is truncated or damaged"), e.getMessage());
    assertFalse(e.getMessage().contains("LocalInputFile@"), e.getMessage());
  }
}
