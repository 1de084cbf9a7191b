package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.EventGroups;
import io.attnlift.common.Progress;
import io.attnlift.common.SequenceFeatures;
import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.Feature;
import io.attnlift.train.data.RawColumn;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's own counterfactual at the level of attribution's claims: for each held-out session
 * and each group of events present in it ({@link EventGroups}), every occurrence of the group is
 * removed, the kept events are re-sequenced (positions and time deltas recomputed as preprocess
 * computes them, {@link SequenceFeatures}) and the session is re-scored. Sessions are taken in
 * order of length; the full and removal rows of about 32 batches' worth of them are sorted by
 * their own length and cut into padded batches. Groups in fewer than {@code minSessions} of the
 * sessions are not scored.
 */
public final class Removals {
  private static final Logger LOG = LoggerFactory.getLogger(Removals.class);

  /**
   * What a run of removals did.
   *
   * @param sessions sessions re-scored
   * @param groups distinct groups kept after pruning
   * @param rows removal rows written
   * @param scored rows re-scored (distinct removals per session, the full sessions excluded)
   * @param seconds wall time of the re-scoring
   * @param plainSeconds wall time of plain scoring of the same sessions, measured just before
   */
  public record Result(int sessions, int groups, long rows, long scored, double seconds,
      double plainSeconds) {
    /** No removal effects (a variant that does not get them). */
    public static final Result NONE = new Result(0, 0, 0, 0, 0, 0);

    /** The re-scoring's cost as a multiple of plain scoring. */
    public double costRatio() {
      return plainSeconds > 0 ? seconds / plainSeconds : Double.NaN;
    }
  }

  /**
   * One session with the groups to remove from it, their positions, and the distinct position
   * sets among them (groups with the same events, such as an event in a short session's first 5
   * and anywhere, share one re-scored row).
   *
   * @param rowOf per group, the index of its position set in {@code distinct}
   */
  record Plan(SessionSeq session, List<EventGroups.Group> groups, List<BitSet> positions,
      List<BitSet> distinct, int[] rowOf) {
    static Plan of(SessionSeq session, List<EventGroups.Group> groups, List<BitSet> positions) {
      Map<BitSet, Integer> index = new HashMap<>();
      List<BitSet> distinct = new ArrayList<>();
      int[] rowOf = new int[groups.size()];
      for (int g = 0; g < rowOf.length; g++) {
        rowOf[g] = index.computeIfAbsent(positions.get(g), b -> {
          distinct.add(b);
          return distinct.size() - 1;
        });
      }
      return new Plan(session, groups, positions, distinct, rowOf);
    }
  }

  /** Batches of rows scored together, sorted by length (whole sessions' rows at a time). */
  private static final int FLUSH_BATCHES = 32;

  private final Scorer scorer;
  private final int minSessions;

  /**
   * @param scorer the batching scorer
   * @param minSessions sessions a group must be present in to be scored
   */
  public Removals(Scorer scorer, int minSessions) {
    this.scorer = scorer;
    this.minSessions = minSessions;
  }

  /**
   * Scores every supported group's removal from every session that has it, emitting rows.
   *
   * @param fit which fit the model is (0: the model kept; 1..K-1: the stability check's refits)
   */
  public Result run(ModelSession model, List<SessionSeq> sessions, int fit,
      Consumer<GenericRecord> sink) {
    long plainStart = System.nanoTime();
    scorer.fresh().score(model, sessions);
    double plainSeconds = (System.nanoTime() - plainStart) / 1e9;
    long start = System.nanoTime();
    List<Plan> plans = plan(sessions, minSessions);
    long total = plans.stream().mapToLong(p -> p.groups().size()).sum();
    long scored = plans.stream().mapToLong(p -> p.distinct().size()).sum();
    int groups = (int) plans.stream().flatMap(p -> p.groups().stream()).distinct().count();
    LOG.info("removal effects: {} groups in at least {} of {} held-out sessions, {} removals"
        + " ({} distinct re-scored rows)", groups, minSessions, sessions.size(), total, scored);
    plans.sort(Comparator.comparingInt(p -> p.session().length()));
    // progress in events fed to the model: long sessions come last and cost more per row
    Progress progress = Progress.start(LOG, "events re-scored",
        plans.stream().mapToLong(Removals::work).sum());
    List<Plan> pending = new ArrayList<>();
    List<BatchFeed.Row> rows = new ArrayList<>();
    for (Plan p : plans) {
      pending.add(p);
      rows.add(BatchFeed.Row.of(p.session()));
      for (BitSet removed : p.distinct()) {
        rows.add(BatchFeed.Row.of(without(p.session(), removed)));
      }
      if (rows.size() >= FLUSH_BATCHES * scorer.batchSize()) {
        flush(model, pending, rows, fit, sink, progress);
      }
    }
    flush(model, pending, rows, fit, sink, progress);
    progress.finish();
    return new Result(plans.size(), groups, total, scored, (System.nanoTime() - start) / 1e9,
        plainSeconds);
  }

  private void flush(ModelSession model, List<Plan> pending, List<BatchFeed.Row> rows, int fit,
      Consumer<GenericRecord> sink, Progress progress) {
    if (rows.isEmpty()) {
      return;
    }
    // a session's removal rows are shorter than its full row: sorted by their own length, the
    // weekly run's rows pad 1.1% of their tokens, against 10% in batches cut session by session
    double[] logits = scorer.logitsByLength(model, rows);
    int k = 0;
    for (Plan p : pending) {
      double full = sigmoid(logits[k]);
      for (int g = 0; g < p.groups().size(); g++) {
        sink.accept(record(p, g, fit, full, sigmoid(logits[k + 1 + p.rowOf()[g]])));
      }
      k += 1 + p.distinct().size();
      progress.add(work(p));
    }
    pending.clear();
    rows.clear();
  }

  /** The events a session's rows feed to the model (padded to its length). */
  private static long work(Plan p) {
    return (1L + p.distinct().size()) * p.session().length();
  }

  private static double sigmoid(double logit) {
    return 1 / (1 + Math.exp(-logit));
  }

  /** The groups of each session, only those present in at least {@code minSessions} sessions. */
  static List<Plan> plan(List<SessionSeq> sessions, int minSessions) {
    List<Map<EventGroups.Group, BitSet>> all = new ArrayList<>();
    Map<EventGroups.Group, Integer> support = new HashMap<>();
    for (SessionSeq s : sessions) {
      Map<EventGroups.Group, BitSet> g = EventGroups.of(events(s));
      all.add(g);
      g.keySet().forEach(k -> support.merge(k, 1, Integer::sum));
    }
    List<Plan> out = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      List<EventGroups.Group> keep = new ArrayList<>();
      List<BitSet> at = new ArrayList<>();
      all.get(i).forEach((g, p) -> {
        if (support.get(g) >= minSessions) {
          keep.add(g);
          at.add(p);
        }
      });
      if (!keep.isEmpty()) {
        out.add(Plan.of(sessions.get(i), keep, at));
      }
    }
    return out;
  }

  /** The session's events as {@link EventGroups} sees them. */
  static List<EventGroups.Event> events(SessionSeq s) {
    List<EventGroups.Event> out = new ArrayList<>(s.length());
    String[][] raw = s.raw();
    for (int p = 0; p < s.length(); p++) {
      out.add(new Raw(raw[RawColumn.EVENT.ordinal()][p], raw[RawColumn.EVENT_TYPE.ordinal()][p],
          raw[RawColumn.DISCOVERY_FEATURE.ordinal()][p], raw[RawColumn.STORE_ID.ordinal()][p],
          raw[RawColumn.PRIMARY_TAG_NAME.ordinal()][p],
          raw[RawColumn.PRIMARY_CATEGORY_NAME.ordinal()][p], s.continuous()[2][p] > 0.5f));
    }
    return out;
  }

  private record Raw(String event, String eventType, String feature, String store, String tag,
      String category, boolean nv) implements EventGroups.Event {}

  /**
   * The session with the events at {@code removed} taken out: indices and is_nv of the kept
   * events, their event_rank recomputed on the new length and their time deltas merged over the
   * removed gaps. The raw values are not carried (scoring does not read them).
   */
  static SessionSeq without(SessionSeq s, BitSet removed) {
    int n = s.length() - removed.cardinality();
    int[][] idx = new int[Feature.values().length][n];
    float[] nv = new float[n];
    int k = 0;
    for (int p = 0; p < s.length(); p++) {
      if (removed.get(p)) {
        continue;
      }
      for (int f = 0; f < idx.length; f++) {
        idx[f][k] = s.indices()[f][p];
      }
      nv[k++] = s.continuous()[2][p];
    }
    float[] rank = new float[n];
    for (int i = 0; i < n; i++) {
      rank[i] = SequenceFeatures.eventRank(i, n);
    }
    float[] delta = SequenceFeatures.timeDeltasWithout(s.continuous()[1], removed);
    return new SessionSeq(s.sessionId(), s.userId(), s.split(), s.label(), idx,
        new float[][] {rank, delta, nv}, new String[RawColumn.values().length][0]);
  }

  private static GenericRecord record(Plan p, int g, int fit, double full, double without) {
    SessionSeq s = p.session();
    EventGroups.Group group = p.groups().get(g);
    GenericRecord r = new GenericData.Record(Contract.SESSION_REMOVALS.schema());
    r.put("session_id", s.sessionId());
    r.put("user_id", s.userId());
    r.put("split", s.split());
    r.put("label", s.label());
    r.put("length", s.length());
    r.put("level", group.level().id());
    r.put("group", group.key());
    r.put("window", group.window());
    r.put("occurrences", p.positions().get(g).cardinality());
    r.put("probability", full);
    r.put("probability_without", without);
    r.put("refit", fit);
    return r;
  }
}
