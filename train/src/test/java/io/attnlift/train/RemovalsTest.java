package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.EventGroups;
import io.attnlift.common.SequenceFeatures;
import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class RemovalsTest {
  /** A session of four events at 0, 10, 30 and 100 seconds. */
  private static SessionSeq fourEvents() {
    int[][] idx = new int[6][];
    for (int f = 0; f < 6; f++) {
      idx[f] = new int[] {2 + f, 3 + f, 4 + f, 5 + f};
    }
    float[] delta = {0, SequenceFeatures.timeDelta(10), SequenceFeatures.timeDelta(20),
        SequenceFeatures.timeDelta(70)};
    float[][] cont = {{0, 1 / 3f, 2 / 3f, 1}, delta, {0, 1, 0, 1}};
    String[][] raw = new String[7][];
    for (int c = 0; c < 7; c++) {
      raw[c] = new String[] {"a", "b", "c", "d"};
    }
    return new SessionSeq("s", "u", "test", 1, idx, cont, raw);
  }

  @Test
  void aRemovalKeepsTheOtherEventsAndRecomputesTheirPositionsAndTimeDeltas() {
    BitSet removed = new BitSet();
    removed.set(1);
    SessionSeq s = Removals.without(fourEvents(), removed);
    assertEquals(3, s.length());
    assertArrayEquals(new int[] {2, 4, 5}, s.indices()[0]);
    assertArrayEquals(new int[] {7, 9, 10}, s.indices()[5]);
    assertArrayEquals(new float[] {0, 0.5f, 1}, s.continuous()[0]);
    assertArrayEquals(new float[] {0, SequenceFeatures.timeDelta(30),
        SequenceFeatures.timeDelta(70)}, s.continuous()[1], 1e-6f);
    assertArrayEquals(new float[] {0, 0, 1}, s.continuous()[2]);
  }

  @Test
  void groupsInFewerSessionsThanTheMinimumAreNotRemoved() {
    List<SessionSeq> sessions = Planted.sessions(20, 6, 3);
    Map<EventGroups.Group, Integer> support = new HashMap<>();
    for (SessionSeq s : sessions) {
      EventGroups.of(Removals.events(s)).keySet().forEach(g -> support.merge(g, 1, Integer::sum));
    }
    int min = 8;
    for (Removals.Plan p : Removals.plan(sessions, min)) {
      Map<EventGroups.Group, BitSet> all = EventGroups.of(Removals.events(p.session()));
      for (EventGroups.Group g : all.keySet()) {
        assertEquals(support.get(g) >= min, p.groups().contains(g), g.toString());
      }
    }
  }

  @Test
  void removingThePlantedDecisiveEventTakesAwayTheConversionAndOthersDoNot() {
    List<SessionSeq> sessions = Planted.sessions(160, 8, 11);
    TrainOptions opt = Baby.options(30, 1e-2);
    try (ModelSession model = Baby.model(opt)) {
      Baby.fit(model, opt, sessions);
      List<GenericRecord> rows = new ArrayList<>();
      Removals.Result result = new Removals(new Scorer(64), 5).run(model, sessions, 0, rows::add);
      assertEquals(rows.size(), result.rows());
      Scorer.Scored plain = new Scorer(64).score(model, sessions);
      Map<String, Double> p = new HashMap<>();
      for (int i = 0; i < sessions.size(); i++) {
        p.put(sessions.get(i).sessionId(), plain.probabilities()[i]);
      }
      double decisive = 0;
      int nDecisive = 0;
      double other = 0;
      int nOther = 0;
      for (GenericRecord r : rows) {
        assertTrue(GenericData.get().validate(Contract.SESSION_REMOVALS.schema(), r));
        assertEquals(p.get(r.get("session_id").toString()), (Double) r.get("probability"), 1e-5);
        double delta = (Double) r.get("probability") - (Double) r.get("probability_without");
        if (!"event".equals(r.get("level").toString()) || !"all".equals(r.get("window").toString())) {
          continue;
        }
        if (("e" + Planted.DECISIVE).equals(r.get("group").toString())) {
          decisive += delta;
          nDecisive++;
        } else {
          other += Math.abs(delta);
          nOther++;
        }
      }
      assertEquals(80, nDecisive);
      assertTrue(decisive / nDecisive > 0.5, "mean delta of the decisive event " + decisive / nDecisive);
      assertTrue(other / nOther < 0.1, "mean |delta| of the other events " + other / nOther);
    }
  }

  @Test
  void everyRemovalRowIsWhatTheSessionWithoutTheGroupScoresAlone() {
    // enough sessions of mixed lengths for several flushes of rows sorted by their own length,
    // scored in batches of 8 rows that grow to 96 tokens (16 rows of length 6, 32 of length 3)
    List<SessionSeq> sessions = Fixtures.toySplits(9, 12, 400, 1, 1).get(0);
    try (ModelSession model = Baby.roughlyFitted(sessions)) {
      List<GenericRecord> rows = new ArrayList<>();
      new Removals(new Scorer(8, 96), 3).run(model, sessions, 0, rows::add);
      Map<String, SessionSeq> byId = new HashMap<>();
      sessions.forEach(s -> byId.put(s.sessionId(), s));
      Scorer alone = new Scorer(1);
      int checked = 0;
      for (int i = 0; i < rows.size(); i += 97) { // a spread sample of the rows
        GenericRecord r = rows.get(i);
        SessionSeq s = byId.get(r.get("session_id").toString());
        BitSet at = EventGroups.of(Removals.events(s)).entrySet().stream()
            .filter(e -> e.getKey().level().id().equals(r.get("level").toString())
                && e.getKey().key().equals(r.get("group").toString())
                && e.getKey().window().equals(r.get("window").toString()))
            .findFirst().orElseThrow().getValue();
        double logit = alone.logits(model, List.of(BatchFeed.Row.of(Removals.without(s, at))))[0];
        assertEquals(1 / (1 + Math.exp(-logit)), (Double) r.get("probability_without"), 1e-5,
            "row " + i + " " + r);
        double full = alone.logits(model, List.of(BatchFeed.Row.of(s)))[0];
        assertEquals(1 / (1 + Math.exp(-full)), (Double) r.get("probability"), 1e-5);
        checked++;
      }
      assertTrue(rows.size() > 32 * 8 * 3, "too few rows for several flushes: " + rows.size());
      assertTrue(checked > 20, "checked " + checked);
    }
  }

  @Test
  void eventDropoutRemovesEventsAtItsRateKeepsOneAndIsOffAtZero() {
    SessionSeq s = fourEvents();
    java.util.Random r = new java.util.Random(5);
    assertTrue(Trainer.dropEvents(s, 0, r) == s, "p = 0 leaves the session as it is");
    long kept = 0;
    int draws = 4000;
    for (int i = 0; i < draws; i++) {
      SessionSeq d = Trainer.dropEvents(s, 0.25, r);
      assertTrue(d.length() >= 1 && d.length() <= 4, "length " + d.length());
      assertEquals(d.length() == 1 ? 0f : 1f, d.continuous()[0][d.length() - 1]);
      kept += d.length();
    }
    // 3 of 4 events kept on average (the rare all-removed draw keeps one)
    assertEquals(3.0, kept / (double) draws, 0.05);
    assertTrue(Trainer.dropEvents(Removals.without(s, bits(1, 2, 3)), 0.9, r).length() == 1);
  }

  @Test
  void eventDropoutIsTheSeedPresetsTenthUnlessSet() {
    TrainOptions d = TrainOptions.defaults();
    assertEquals(0.1, d.eventDropoutRate());
    Map<String, Object> baby = Map.of("preset", "baby");
    assertEquals(0.0, io.attnlift.common.StageConfig.resolve(d, null, "train", baby)
        .eventDropoutRate());
    Map<String, Object> off = Map.of("eventDropout", 0.0);
    assertEquals(0.0, io.attnlift.common.StageConfig.resolve(d, null, "train", off)
        .eventDropoutRate());
    Map<String, Object> bad = Map.of("eventDropout", -0.5);
    assertThrows(io.attnlift.common.StageException.class,
        () -> io.attnlift.common.StageConfig.resolve(d, null, "train", bad).validate());
  }

  private static BitSet bits(int... p) {
    BitSet b = new BitSet();
    for (int i : p) {
      b.set(i);
    }
    return b;
  }
}
