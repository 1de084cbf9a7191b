package io.attnlift.preprocess;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Records;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.generic.GenericRecord;

/** Writes an extract stage output (events files and manifest) for a run. */
final class ExtractFixture {
  private ExtractFixture() {}

  /** Writes {@code events} as one events file of run {@code runId} with its manifest. */
  static void write(Path root, String runId, List<GenericRecord> events) throws IOException {
    Path dir = new RunLayout(root, runId).stageDir(Stage.EXTRACT);
    ParquetFiles.write(dir.resolve("events/part-00000.parquet"), Contract.EVENTS, events);
    new Manifests.Builder(Stage.EXTRACT, null, runId)
        .dataset(dir, "events", Contract.EVENTS, events.size())
        .stats(ExtractStats.CONTRACT, Samples.extractStats())
        .writeTo(dir);
  }

  /**
   * A small random but seeded world: users with sessions of clicks on a few stores, a third of
   * them converting through funnel events, with duplicates and equal timestamps.
   */
  static List<GenericRecord> randomEvents(int users, long seed) {
    Random r = new Random(seed);
    List<GenericRecord> out = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      for (int s = 0; s < 1 + r.nextInt(3); s++) {
        String user = "u" + u;
        String session = user + "-s" + s;
        long t = 1_700_000_000L + r.nextInt(1_000_000);
        for (int i = 0; i < 1 + r.nextInt(12); i++) {
          t += r.nextInt(4);
          String store = r.nextInt(4) == 0 ? null : String.valueOf(r.nextInt(r.nextInt(30) + 1));
          GenericRecord e = Records.event(user, session, t, "click", "m_card_click", store);
          out.add(e);
          if (r.nextInt(20) == 0) {
            out.add(e);
          }
        }
        if (r.nextInt(3) == 0) {
          out.add(Records.event(user, session, t + 1, "funnel", "action_add_item", null));
          out.add(Records.event(user, session, t + 2, "funnel", "action_place_order", null));
        }
      }
    }
    return out;
  }
}
