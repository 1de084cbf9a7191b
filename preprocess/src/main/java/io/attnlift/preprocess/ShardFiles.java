package io.attnlift.preprocess;

import io.attnlift.common.Contract;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * One shard's Parquet files, one per variant, open for writing (through Beam's file systems),
 * each written on its own {@link FileWriterThread}.
 */
final class ShardFiles implements AutoCloseable {
  private final List<WritableByteChannel> channels = new ArrayList<>();
  private final List<FileWriterThread> writers = new ArrayList<>();

  private ShardFiles() {}

  /** Opens {@code <dir of each variant>/<file>}. */
  static ShardFiles open(List<Variant> variants, Map<String, String> dirs, String file)
      throws IOException {
    ShardFiles f = new ShardFiles();
    try {
      for (Variant v : variants) {
        String path = dirs.get(v.id()) + "/" + file;
        WritableByteChannel ch =
            FileSystems.create(FileSystems.matchNewResource(path, false), "application/parquet");
        f.channels.add(ch);
        ParquetIO.Sink sink =
            ParquetIO.sink(Contract.SEQUENCES.schema())
                .withCompressionCodec(CompressionCodecName.SNAPPY);
        sink.open(ch);
        f.writers.add(new FileWriterThread(sink, "write " + path));
      }
    } catch (IOException | RuntimeException e) {
      f.close();
      throw e;
    }
    return f;
  }

  /** Writes an encoded sequence into the file of variant number {@code v}. */
  void write(int v, Sequence s) throws IOException {
    writers.get(v).write(s);
  }

  /** Finishes every file (the Parquet footer) and closes it. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (int i = 0; i < channels.size(); i++) {
      try {
        if (i < writers.size()) {
          writers.get(i).close();
        }
        channels.get(i).close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
