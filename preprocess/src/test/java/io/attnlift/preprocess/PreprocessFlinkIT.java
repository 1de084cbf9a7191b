package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole stage on embedded Flink, checked against the DirectRunner on the same events. */
class PreprocessFlinkIT {
  @TempDir Path tmp;

  private Map<Variant, Manifest> run(String runId, String runner) throws IOException {
    PreprocessOptions d = PreprocessOptions.defaults();
    PreprocessOptions o = new PreprocessOptions(d.variants(), runner, d.flinkMaster(), 8, 2, 2,
        d.conversionEvents(), 2, d.valFraction(), d.testFraction(), d.maxConflictRate());
    return new PreprocessJob(new RunLayout(tmp, runId), o).run();
  }

  @Test
  void embeddedFlinkWritesTheSameShardsAsTheDirectRunner() throws IOException {
    var events = ExtractFixture.randomEvents(300, 42);
    ExtractFixture.write(tmp, "flink", events);
    ExtractFixture.write(tmp, "direct", events);

    Map<Variant, Manifest> flink = run("flink", PreprocessOptions.FLINK);
    Map<Variant, Manifest> direct = run("direct", PreprocessOptions.DIRECT);

    for (Variant v : Variant.values()) {
      assertEquals(direct.get(v).stats(), flink.get(v).stats(), v.id());
      Path f = tmp.resolve("flink/preprocess/" + v.id());
      Path d = tmp.resolve("direct/preprocess/" + v.id());
      assertEquals(Files.readString(d.resolve("vocab.json")),
          Files.readString(f.resolve("vocab.json")));
      for (String split : WriteSequenceShards.SPLITS) {
        List<String> fromFlink = rows(f.resolve("sequences/" + split));
        assertEquals(rows(d.resolve("sequences/" + split)), fromFlink, v + "/" + split);
        assertEquals(2, ParquetFiles.list(f.resolve("sequences/" + split)).size());
      }
      assertTrue(flink.get(v).stat("sessions", 0) > 100, "sessions " + v);
      assertTrue(flink.get(v).stat("duplicates_removed", 0) > 0);
    }
  }

  /** Every row of every file of a folder, as text, in session order. */
  private static List<String> rows(Path dir) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    ParquetFiles.read(dir, Contract.SEQUENCES, rows::add);
    rows.sort(Comparator.comparing(r -> r.get("session_id").toString()));
    return rows.stream().map(GenericRecord::toString).toList();
  }
}
