package io.attnlift.extract;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Streams records of one contract into {@code part-NNNNN.parquet} files of at most
 * {@code rowsPerFile} rows, so memory stays bounded however many rows come. For events, given in
 * (user, session, time, ...) order, it also counts users, sessions and exact duplicate rows
 * (which are kept: dropping them is preprocessing's decision).
 */
final class EventsWriter implements AutoCloseable {
  private final Path dir;
  private final Contract contract;
  private final long rowsPerFile;
  private ParquetWriter<GenericRecord> writer;
  private int files;
  private long inFile;
  private long rows;
  private long users;
  private long sessions;
  private long duplicates;
  private GenericRecord previous;

  EventsWriter(Path dir, Contract contract, long rowsPerFile) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.contract = contract;
    this.rowsPerFile = rowsPerFile;
  }

  void write(GenericRecord r) throws IOException {
    if (writer == null || inFile >= rowsPerFile) {
      closeFile();
      writer = ParquetFiles.writer(dir.resolve(String.format("part-%05d.parquet", files++)),
          contract);
    }
    if (contract == Contract.EVENTS) {
      count(r);
    }
    writer.write(r);
    inFile++;
    rows++;
    previous = r;
  }

  private void count(GenericRecord r) {
    boolean sameUser = previous != null && previous.get("user_id").equals(r.get("user_id"));
    if (!sameUser) {
      users++;
    }
    if (!sameUser || !previous.get("session_id").equals(r.get("session_id"))) {
      sessions++;
    } else if (sameRow(previous, r)) {
      duplicates++;
    }
  }

  private static boolean sameRow(GenericRecord a, GenericRecord b) {
    for (int i = 0; i < a.getSchema().getFields().size(); i++) {
      if (!Objects.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private void closeFile() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
      inFile = 0;
    }
  }

  long rows() {
    return rows;
  }

  long users() {
    return users;
  }

  long sessions() {
    return sessions;
  }

  long duplicates() {
    return duplicates;
  }

  @Override
  public void close() throws IOException {
    closeFile();
  }
}
