package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.train.data.SessionSeq;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes a toy world's preprocess output for both variants at a chosen size, plus each session's true
 * probability ({@code extract/session_truth}, as the generator writes it), for the benchmark.
 *
 * <p>Usage: {@code ToyWorldMain RUNS_ROOT RUN_ID TRAIN VAL TEST MEAN_LENGTH [SEED]}
 */
public final class ToyWorldMain {
  private ToyWorldMain() {}

  public static void main(String[] a) throws IOException {
    RunLayout layout = new RunLayout(Path.of(a[0]), a[1]);
    int[] sizes = {Integer.parseInt(a[2]), Integer.parseInt(a[3]), Integer.parseInt(a[4])};
    double meanLength = Double.parseDouble(a[5]);
    long seed = a.length > 6 ? Long.parseLong(a[6]) : 1;
    ToyWorld w = new ToyWorld(seed, meanLength, -1.0);
    String[] names = {"train", "val", "test"};
    List<List<SessionSeq>> plain = new ArrayList<>();
    List<List<SessionSeq>> funnel = new ArrayList<>();
    List<GenericRecord> truth = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      List<SessionSeq> p = new ArrayList<>();
      List<SessionSeq> f = new ArrayList<>();
      for (ToyWorld.Draw d : w.draw(sizes[i], names[i])) {
        p.add(d.session());
        f.add(w.withFunnel(d.session()));
        GenericRecord t = new GenericData.Record(Contract.SESSION_TRUTH.schema());
        t.put("session_id", d.session().sessionId());
        t.put("user_id", d.session().userId());
        t.put("true_probability", d.truth());
        t.put("events_only_probability", d.truth());
        t.put("converted", d.session().label() == 1);
        truth.add(t);
      }
      plain.add(p);
      funnel.add(f);
    }
    Fixtures.writePreprocess(layout, Variant.NO_FUNNEL, ToyWorld.vocabulary(), plain.get(0),
        plain.get(1), plain.get(2));
    Fixtures.writePreprocess(layout, Variant.WITH_FUNNEL, ToyWorld.vocabulary(), funnel.get(0),
        funnel.get(1), funnel.get(2));
    ParquetFiles.write(layout.stageDir(Stage.EXTRACT).resolve("session_truth")
        .resolve("part-00000.parquet"), Contract.SESSION_TRUTH, truth);
  }
}
