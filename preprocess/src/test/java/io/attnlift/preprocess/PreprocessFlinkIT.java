package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.StageConfig;
import io.attnlift.common.Variant;
import io.attnlift.common.json.PreprocessStats;
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

  private Map<Variant, PreprocessStats> run(String runId, PreprocessOptions.Runner runner)
      throws IOException {
    PreprocessOptions o = StageConfig.override(PreprocessOptions.defaults(), Map.of(
        "runner", runner, "maxLength", 8, "minCount", 2, "shards", 2, "parallelism", 2));
    Map<Variant, PreprocessStats> out = new java.util.LinkedHashMap<>();
    new PreprocessJob(new RunLayout(tmp, runId), o).run().forEach((v, m) -> out.put(v,
        m.stats(PreprocessStats.CONTRACT, tmp.resolve(runId).resolve("preprocess/" + v))));
    return out;
  }

  @Test
  void embeddedFlinkWritesTheSameShardsAsTheDirectRunner() throws IOException {
    var events = ExtractFixture.randomEvents(300, 42);
    ExtractFixture.write(tmp, "flink", events);
    ExtractFixture.write(tmp, "direct", events);

    Map<Variant, PreprocessStats> flink = run("flink", PreprocessOptions.Runner.FLINK);
    Map<Variant, PreprocessStats> direct = run("direct", PreprocessOptions.Runner.DIRECT);

    for (Variant v : Variant.values()) {
      assertEquals(direct.get(v), flink.get(v), v.id());
      Path f = tmp.resolve("flink/preprocess/" + v.id());
      Path d = tmp.resolve("direct/preprocess/" + v.id());
      assertEquals(Files.readString(d.resolve("vocab.json")),
          Files.readString(f.resolve("vocab.json")));
      for (String split : WriteSequenceShards.SPLITS) {
        List<String> fromFlink = rows(f.resolve("sequences/" + split));
        assertEquals(rows(d.resolve("sequences/" + split)), fromFlink, v + "/" + split);
        assertEquals(2, ParquetFiles.list(f.resolve("sequences/" + split)).size());
      }
      assertTrue(flink.get(v).sessions() > 100, "sessions " + v);
      assertTrue(flink.get(v).duplicatesRemoved() > 0);
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
