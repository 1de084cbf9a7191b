package io.attnlift.bench;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.json.ExtractStats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * A simple synthetic events generator for the preprocess benchmark (not the project's synthetic
 * world): users with a few sessions of browsing events, some converting through funnel events,
 * with 1% exact duplicates and some equal timestamps. Writes an extract output with a manifest.
 *
 * <p>Usage: {@code GenerateEvents <runs-root> <run-id> <events> [files] [seed]}
 */
public final class GenerateEvents {
  private static final String[] BROWSE = {
    "impression:m_card_view", "click:m_card_click", "page_load:store_page_load",
    "search:search_query", "navigation:tab_switch", "page_load:home_page_load"
  };
  private static final String[] FUNNEL = {
    "action_add_item", "cart_page_load", "checkout_page_load", "action_place_order",
    "system_checkout_success"
  };
  private static final String[] FEATURES = {"Core Search", "Home Feed", "Carousel", "Offers"};
  private static final String[] TAGS = {"Pizza", "Fast Food", "Sushi", "Grocery", "Burgers"};

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    String runId = args[1];
    long target = Long.parseLong(args[2]);
    int files = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 7;
    RunLayout layout = new RunLayout(root, runId);
    Path dir = layout.stageDir(Stage.EXTRACT);
    SplittableRandom rnd = new SplittableRandom(seed);
    long perFile = (target + files - 1) / files;
    long written = 0;
    int user = 0;
    long t0 = System.nanoTime();
    for (int f = 0; f < files && written < target; f++) {
      Path file = dir.resolve("events").resolve(String.format("part-%05d.parquet", f));
      try (ParquetWriter<GenericRecord> w = ParquetFiles.writer(file, Contract.EVENTS)) {
        long inFile = 0;
        while (inFile < perFile && written + inFile < target) {
          inFile += writeUser(w, "u" + user++, rnd);
        }
        written += inFile;
      }
    }
    new Manifests.Builder(Stage.EXTRACT, null, runId)
        .dataset(dir, "events", Contract.EVENTS, written)
        .stats(ExtractStats.CONTRACT, new ExtractStats(new ExtractStats.Source("bench",
            "GenerateEvents seed " + seed, "", "", "", "", "", ""),
            new ExtractStats.Window("", ""), seed, user, user, user, written, sessions, 0, written,
            written, Map.of(), 0))
        .writeTo(dir);
    System.err.printf("generated %,d events of %,d users in %.1f s%n", written, user,
        (System.nanoTime() - t0) / 1e9);
  }

  private static long writeUser(ParquetWriter<GenericRecord> w, String user, SplittableRandom r)
      throws Exception {
    int sessions = 1 + r.nextInt(5);
    long n = 0;
    long ts = 1_700_000_000_000_000L + r.nextLong(30L * 86_400_000_000L);
    for (int s = 0; s < sessions; s++) {
      ts += 3_600_000_000L + r.nextLong(86_400_000_000L);
      for (GenericRecord e : session(user, user + "-s" + s, ts, r)) {
        w.write(e);
        n++;
      }
    }
    return n;
  }

  /** Sessions generated so far. */
  private static long sessions;

  private static List<GenericRecord> session(String user, String id, long ts, SplittableRandom r) {
    sessions++;
    List<GenericRecord> out = new ArrayList<>();
    int browse = 3 + r.nextInt(32);
    for (int i = 0; i < browse; i++) {
      ts += r.nextInt(10) == 0 ? 0 : r.nextLong(60_000_000L);
      String[] te = BROWSE[r.nextInt(BROWSE.length)].split(":");
      GenericRecord e = event(user, id, ts, te[0], te[1], r.nextInt(5) == 0 ? -1 : store(r), r);
      out.add(e);
      if (r.nextInt(100) == 0) {
        out.add(new GenericData.Record((GenericData.Record) e, true));
      }
    }
    if (r.nextInt(3) == 0) {
      for (String f : FUNNEL) {
        ts += r.nextLong(30_000_000L);
        out.add(event(user, id, ts, "funnel", f, -1, r));
      }
    }
    return out;
  }

  private static int store(SplittableRandom r) {
    double u = r.nextDouble();
    return (int) (5000 * u * u * u);
  }

  private static GenericRecord event(
      String user, String session, long ts, String type, String name, int store,
      SplittableRandom r) {
    GenericRecord e = new GenericData.Record(Contract.EVENTS.schema());
    e.put("user_id", user);
    e.put("session_id", session);
    e.put("event_ts", ts);
    e.put("event_type", type);
    e.put("event", name);
    e.put("discovery_feature", store < 0 ? null : FEATURES[store % FEATURES.length]);
    e.put("store_id", store < 0 ? null : String.valueOf(store));
    e.put("store_name", store < 0 ? null : "Store " + store);
    e.put("primary_tag_name", store < 0 ? null : TAGS[store % TAGS.length]);
    e.put("primary_category_name", store < 0 ? null : "Category " + (store % 17));
    e.put("is_nv", store < 0 ? null : store % 7 == 0);
    return e;
  }
}
