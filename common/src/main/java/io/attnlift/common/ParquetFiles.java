package io.attnlift.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Writes and reads a contract's Parquet files on the local file system, checking on read that each
 * file holds the contract at this build's schema version.
 */
public final class ParquetFiles {
  /** The footer key under which parquet-avro (and so Beam's ParquetIO) stores the Avro schema. */
  static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";

  private ParquetFiles() {}

  /** Opens a writer for one file of a contract; the caller closes it. */
  public static ParquetWriter<GenericRecord> writer(Path file, Contract contract)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
        .withSchema(contract.schema())
        .withDataModel(GenericData.get())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(64L * 1024 * 1024)
        .build();
  }

  /** Writes records into one file and returns how many were written. */
  public static long write(Path file, Contract contract, Iterable<GenericRecord> records)
      throws IOException {
    long n = 0;
    try (ParquetWriter<GenericRecord> w = writer(file, contract)) {
      for (GenericRecord r : records) {
        w.write(r);
        n++;
      }
    }
    return n;
  }

  /** The Parquet files of a dataset folder (or the file itself), in name order. */
  public static List<Path> list(Path fileOrDir) {
    if (Files.isRegularFile(fileOrDir)) {
      return List.of(fileOrDir);
    }
    if (!Files.isDirectory(fileOrDir)) {
      throw StageException.badInput("missing dataset: %s does not exist", fileOrDir);
    }
    try (Stream<Path> s = Files.list(fileOrDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Avro schema a Parquet file was written with; a file that is not Parquet, or whose footer
   * is cut off or damaged, is bad input (exit 2) naming the file.
   */
  public static Schema schemaOf(Path file) throws IOException {
    String json;
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
      json = r.getFooter().getFileMetaData().getKeyValueMetaData().get(AVRO_SCHEMA_KEY);
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e);
    }
    if (json == null) {
      throw StageException.badInput(
          "%s has no Avro schema in its footer: not written by an attnlift stage", file);
    }
    return new Schema.Parser().parse(json);
  }

  /** The refusal of a file that parquet-java cannot read, naming it and its size. */
  static StageException unreadable(Path file, Exception cause) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1;
    }
    String why = cause.getMessage() == null ? cause.toString()
        : cause.getMessage().replaceAll("\\S*LocalInputFile@\\p{XDigit}+", "the file");
    return new StageException(ExitCodes.BAD_INPUT, String.format(
        "%s (%,d bytes) is not a readable Parquet file: it is truncated or damaged (%s); rerun"
            + " the stage that wrote it", file, size, why), cause);
  }

  private static GenericRecord next(ParquetReader<GenericRecord> r, Path f) throws IOException {
    try {
      return r.read();
    } catch (IOException | org.apache.parquet.io.ParquetDecodingException e) {
      throw unreadable(f, e);
    }
  }

  /** Checks every file of a dataset against the contract, then streams its records in order. */
  public static long read(Path fileOrDir, Contract contract, Consumer<GenericRecord> sink)
      throws IOException {
    List<Path> files = list(fileOrDir);
    for (Path f : files) {
      contract.check(schemaOf(f), f.toString());
    }
    long n = 0;
    for (Path f : files) {
      try (ParquetReader<GenericRecord> r =
          AvroParquetReader.<GenericRecord>builder(new LocalInputFile(f))
              .withDataModel(GenericData.get())
              .build()) {
        GenericRecord rec = next(r, f);
        for (; rec != null; rec = next(r, f)) {
          sink.accept(rec);
          n++;
        }
      }
    }
    return n;
  }
}
