package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetWriter;

/** Writes the predictions dataset: one row per session of every split. */
final class Outputs {
  static final String PREDICTIONS = "predictions";
  static final String ATTRIBUTIONS = "attributions";
  static final String REMOVALS = "removals";
  static final String PART = "part-00000.parquet";

  private Outputs() {}

  /** Writes every scored split into {@code predictions/part-00000.parquet}; returns the rows. */
  static long predictions(Path outDir, List<Scorer.Scored> splits) throws IOException {
    long n = 0;
    try (ParquetWriter<GenericRecord> w =
        ParquetFiles.writer(outDir.resolve(PREDICTIONS).resolve(PART), Contract.PREDICTIONS)) {
      for (Scorer.Scored s : splits) {
        for (int i = 0; i < s.sessions().size(); i++) {
          GenericRecord r = new GenericData.Record(Contract.PREDICTIONS.schema());
          r.put("session_id", s.sessions().get(i).sessionId());
          r.put("user_id", s.sessions().get(i).userId());
          r.put("split", s.sessions().get(i).split());
          r.put("label", s.labels()[i]);
          r.put("probability", s.probabilities()[i]);
          w.write(r);
          n++;
        }
      }
    }
    return n;
  }
}
