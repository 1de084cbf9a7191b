package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.Method;
import io.attnlift.common.Progress;
import io.attnlift.train.data.BatchFeed;
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
 * Scores every event of the given sessions by each {@link Method}, with dropout off, and emits one
 * attributions record per event. Explanations run in length-sorted batches; occlusion runs each
 * session's L one-event-removed variants (plus the full session) as batched rows.
 */
public final class Attributor {
  private static final Logger LOG = LoggerFactory.getLogger(Attributor.class);
  private final Scorer scorer;
  private final int maxOcclusionSessions;
  private java.util.Set<String> occlude = java.util.Set.of();

  /** @param maxOcclusionSessions sessions that get occlusion (the rest NaN); -1 = all */
  public Attributor(Scorer scorer, int maxOcclusionSessions) {
    this.scorer = scorer;
    this.maxOcclusionSessions = maxOcclusionSessions;
  }

  /** Per session (by id): probability and each method's score of each event [method][pos]. */
  public record Scores(double probability, double[][] byMethod) {}

  /**
   * Attributes sessions, emitting records to {@code sink}. The first sessions in the order given
   * (up to the cap) get occlusion scores.
   *
   * @return the scores of each session, by session id
   */
  public Map<String, Scores> attribute(ModelSession model, List<SessionSeq> sessions,
      Consumer<GenericRecord> sink) {
    occlude = new java.util.HashSet<>();
    int cap = maxOcclusionSessions < 0 ? sessions.size() : maxOcclusionSessions;
    sessions.stream().limit(cap).forEach(s -> occlude.add(s.sessionId()));
    List<SessionSeq> order = new ArrayList<>(sessions);
    order.sort(Comparator.comparingInt(SessionSeq::length));
    Map<String, Scores> out = new HashMap<>();
    // Progress in model rows: one per session explained, one more per event of an occluded one.
    Progress progress = Progress.start(LOG, "rows attributed", rows(sessions));
    for (int from = 0; from < order.size(); from += scorer.batchSize()) {
      List<SessionSeq> batch = order.subList(from, Math.min(order.size(), from + scorer.batchSize()));
      ModelSession.Explanation ex = model.explain(Scorer.rows(batch));
      progress.add(batch.size());
      double[][] occlusion = occlusion(model, batch, progress);
      for (int i = 0; i < batch.size(); i++) {
        SessionSeq s = batch.get(i);
        int len = s.length();
        double[][] scores = new double[Method.values().length][len];
        double[] rollout = Rollout.cls(ex.layers()[i], len);
        for (int p = 0; p < len; p++) {
          scores[Method.ATTENTION.ordinal()][p] = ex.attention()[i][p];
          scores[Method.ROLLOUT.ordinal()][p] = rollout[p];
          scores[Method.GRADIENT_X_INPUT.ordinal()][p] = ex.gradientXInput()[i][p];
          scores[Method.OCCLUSION.ordinal()][p] = occlusion[i][p];
        }
        Scores sc = new Scores(ex.probability()[i], scores);
        out.put(s.sessionId(), sc);
        emit(s, sc, sink);
      }
    }
    progress.finish();
    return out;
  }

  /** The model rows attributing the sessions takes: explanations and occlusion's variants. */
  private long rows(List<SessionSeq> sessions) {
    long n = sessions.size();
    for (SessionSeq s : sessions) {
      n += occlude.contains(s.sessionId()) ? s.length() + 1 : 0;
    }
    return n;
  }

  /** logit(session) - logit(session without event p), per session and event; NaN past the cap. */
  private double[][] occlusion(ModelSession model, List<SessionSeq> batch, Progress progress) {
    double[][] out = new double[batch.size()][];
    List<BatchFeed.Row> rows = new ArrayList<>();
    List<Integer> which = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      SessionSeq s = batch.get(i);
      out[i] = new double[s.length()];
      if (!occlude.contains(s.sessionId())) {
        java.util.Arrays.fill(out[i], Double.NaN);
        continue;
      }
      which.add(i);
      rows.add(BatchFeed.Row.of(s));
      for (int p = 0; p < s.length(); p++) {
        BitSet hide = new BitSet();
        hide.set(p);
        rows.add(new BatchFeed.Row(s, hide));
      }
    }
    double[] logits = scorer.logits(model, rows, progress);
    int k = 0;
    for (int i : which) {
      double full = logits[k++];
      for (int p = 0; p < out[i].length; p++) {
        out[i][p] = full - logits[k++];
      }
    }
    return out;
  }

  private static void emit(SessionSeq s, Scores sc, Consumer<GenericRecord> sink) {
    for (int p = 0; p < s.length(); p++) {
      GenericRecord r = new GenericData.Record(Contract.ATTRIBUTIONS.schema());
      r.put("session_id", s.sessionId());
      r.put("user_id", s.userId());
      r.put("split", s.split());
      r.put("label", s.label());
      r.put("probability", sc.probability());
      r.put("length", s.length());
      r.put("position", p);
      for (RawColumn c : RawColumn.values()) {
        r.put(c.column(), s.raw()[c.ordinal()][p]);
      }
      r.put("is_nv", s.continuous()[2][p] > 0.5f);
      for (Method m : Method.values()) {
        r.put(m.id(), sc.byMethod()[m.ordinal()][p]);
      }
      sink.accept(r);
    }
  }
}
