package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.Vocabulary;
import io.attnlift.common.json.PreprocessStats;
import io.attnlift.common.json.Samples;
import io.attnlift.train.data.Feature;
import io.attnlift.train.data.RawColumn;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.Inputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Writes a preprocess output (sequences, vocab.json, manifest) as the preprocess stage does. */
public final class Fixtures {
  private Fixtures() {}

  /** The sequences record of a session. */
  public static GenericRecord record(SessionSeq s) {
    GenericRecord r = new GenericData.Record(Contract.SEQUENCES.schema());
    r.put("session_id", s.sessionId());
    r.put("user_id", s.userId());
    r.put("split", s.split());
    r.put("label", s.label());
    r.put("length", s.length());
    r.put("truncated", false);
    r.put("session_start_ts", 1_700_000_000_000_000L);
    for (Feature f : Feature.values()) {
      List<Integer> l = new ArrayList<>();
      for (int v : s.indices()[f.ordinal()]) {
        l.add(v);
      }
      r.put(f.indexColumn(), l);
    }
    for (int c = 0; c < 3; c++) {
      List<Float> l = new ArrayList<>();
      for (float v : s.continuous()[c]) {
        l.add(v);
      }
      r.put(Inputs.CONTINUOUS_COLUMNS.get(c), l);
    }
    for (RawColumn c : RawColumn.values()) {
      r.put(c.column(), List.of(s.raw()[c.ordinal()]));
    }
    return r;
  }

  /** Writes one variant's preprocess output under the run layout; returns its folder. */
  public static Path writePreprocess(RunLayout layout, Variant variant, Vocabulary vocab,
      List<SessionSeq> train, List<SessionSeq> val, List<SessionSeq> test) throws IOException {
    Path dir = layout.stageDir(Stage.PREPROCESS, variant);
    vocab.write(dir.resolve(Vocabulary.FILE_NAME));
    Manifests.Builder m = new Manifests.Builder(Stage.PREPROCESS, variant, layout.runId());
    for (List<SessionSeq> split : List.of(train, val, test)) {
      String name = split == train ? "train" : split == val ? "val" : "test";
      String path = "sequences/" + name;
      List<GenericRecord> recs = new ArrayList<>();
      split.forEach(s -> recs.add(record(s)));
      ParquetFiles.write(dir.resolve(path).resolve("part-00000.parquet"), Contract.SEQUENCES,
          recs);
      m.dataset(dir, path, Contract.SEQUENCES, recs.size());
    }
    m.json(Vocabulary.CONTRACT).stats(PreprocessStats.CONTRACT, Samples.preprocessStats())
        .writeTo(dir);
    return dir;
  }

  /** Sessions of a toy world, split by the given sizes. */
  public static List<List<SessionSeq>> toySplits(long seed, double meanLength, int train,
      int val, int test) {
    ToyWorld w = new ToyWorld(seed, meanLength, -1.0);
    List<List<SessionSeq>> out = new ArrayList<>();
    int[] sizes = {train, val, test};
    String[] names = {"train", "val", "test"};
    for (int i = 0; i < 3; i++) {
      List<SessionSeq> l = new ArrayList<>();
      w.draw(sizes[i], names[i]).forEach(d -> l.add(d.session()));
      out.add(l);
    }
    return out;
  }
}
