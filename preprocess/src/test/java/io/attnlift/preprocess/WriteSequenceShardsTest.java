package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static io.attnlift.preprocess.Fixtures.funnel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteSequenceShardsTest {
  @TempDir Path tmp;

  /** The vocabulary: store "7" and event m_card_click known to no-funnel, nothing else. */
  private static Vocabularies vocabulary() {
    return VocabularyFn.choose(List.of(
        KV.of(VocabularyFn.key("no-funnel", 0, "m_card_click"), 9L),
        KV.of(VocabularyFn.key("no-funnel", 2, "7"), 9L),
        KV.of(VocabularyFn.key("no-funnel", 2, "NO_STORE"), 9L)), 1);
  }

  private List<GenericRecord> write(List<Integer> shards, Session... sessions) throws Throwable {
    Path nf = tmp.resolve("nf");
    Path wf = tmp.resolve("wf");
    Map<String, String> dirs = Map.of("no-funnel", nf.toString(), "funnel-removed",
        tmp.resolve("fr").toString(), "with-funnel", wf.toString());
    Pipelines.run(p -> {
      PCollection<Vocabularies> vocabularies = p.apply("Vocab", Create.of(vocabulary())
          .withCoder(org.apache.beam.sdk.coders.SerializableCoder.of(Vocabularies.class)));
      p.apply(Create.of(List.of(sessions)).withCoder(SessionCoder.of()))
          .apply(new AssignShards(Fixtures.cutter(128), shards))
          .apply(new WriteSequenceShards(Fixtures.cutter(128), vocabularies, dirs, shards));
    });
    WriteSequenceShards.fillEmptyShards(nf, shards);
    WriteSequenceShards.fillEmptyShards(wf, shards);
    List<GenericRecord> rows = new ArrayList<>();
    ParquetFiles.read(nf.resolve("sequences").resolve(UserSplit.TRAIN), Contract.SEQUENCES,
        rows::add);
    return rows;
  }

  @Test
  void rowsCarryIndicesRawValuesAndNoStoreForEventsWithoutOne() throws Throwable {
    String u = "u1"; // a training user
    assertEquals(UserSplit.TRAIN, new UserSplit(0.1, 0.1).of(u));
    Session s = Fixtures.session("s", u, List.of(click(u, "s", 1, "7"), click(u, "s", 3, null),
        click(u, "s", 5, "unseen"), funnel(u, "s", 6, "action_place_order")));

    List<GenericRecord> rows = write(List.of(1, 1, 1), s);

    assertEquals(1, rows.size());
    GenericRecord r = rows.get(0);
    assertEquals("s", r.get("session_id").toString());
    assertEquals("train", r.get("split").toString());
    assertEquals(1, r.get("label"));
    assertEquals(3, r.get("length"));
    assertEquals("[2, 3, 1]", r.get("store_idx").toString());
    assertEquals("[7, NO_STORE, unseen]", r.get("store_id").toString());
    assertEquals("[Store 7, NO_STORE, Store unseen]", r.get("store_name").toString());
    assertEquals("[Home Feed, NO_FEATURE, Home Feed]", r.get("discovery_feature").toString());
    assertEquals("[2, 2, 2]", r.get("event_idx").toString());
    assertEquals("[0.0, 0.5, 1.0]", r.get("event_rank").toString());
  }

  @Test
  void everyShardFileExistsEvenWhenEmpty() throws Throwable {
    Session s = Fixtures.session("s", "u1", List.of(click("u1", "s", 1, "7")));
    write(List.of(3, 2, 2), s);
    for (String split : WriteSequenceShards.SPLITS) {
      int n = split.equals(UserSplit.TRAIN) ? 3 : 2;
      assertEquals(n, ParquetFiles.list(tmp.resolve("nf/sequences/" + split)).size(), split);
      assertEquals(n, ParquetFiles.list(tmp.resolve("wf/sequences/" + split)).size(), split);
    }
    List<GenericRecord> all = new ArrayList<>();
    ParquetFiles.read(tmp.resolve("wf/sequences/train"), Contract.SEQUENCES, all::add);
    assertEquals(1, all.size());
    assertEquals(List.of(Variant.values()), Fixtures.cutter(1).variants());
  }
}
