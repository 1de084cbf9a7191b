package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;

/** The store, position, NV-position and method-agreement tables. */
final class OtherTables {
  /** Position buckets (1-based, inclusive lower ends). */
  static final int[] BUCKET_STARTS = {1, 6, 11, 21, 51};

  static final String[] BUCKETS = {"1-5", "6-10", "11-20", "21-50", "51+"};

  private OtherTables() {}

  static List<Table> of(Analysis a) {
    return List.of(stores(a), position(a), nvPosition(a), agreement(a));
  }

  /** One row per store and scope, stores ordered by the recommended score within a scope. */
  static Table stores(Analysis a) {
    List<GenericRecord> rows = new ArrayList<>();
    addStores(rows, a, "all", a.storesAll());
    addStores(rows, a, "engagement", a.storesEngaged());
    return new Table("store_attribution", Contract.STORE_ATTRIBUTION, rows);
  }

  private static void addStores(
      List<GenericRecord> rows, Analysis a, String scope, Map<String, Lift> lifts) {
    double totalAttention = 0;
    for (Lift l : lifts.values()) {
      totalAttention += l.total()[Method.ATTENTION.ordinal()];
    }
    List<Lift> sorted = new ArrayList<>(lifts.values());
    sorted.sort((x, y) -> compareDesc(a.recommended(x).value(), a.recommended(y).value(),
        x.key(), y.key()));
    for (Lift l : sorted) {
      StoreInfo info = a.stores().get(l.key());
      GenericRecord r = Table.row(Contract.STORE_ATTRIBUTION);
      r.put("store_id", l.key());
      r.put("store_name", info.name());
      r.put("primary_tag_name", info.tag());
      r.put("primary_category_name", info.category());
      r.put("is_nv", info.nv());
      r.put("scope", scope);
      r.put("n", l.n());
      r.put("n_converted", l.nConverted());
      Table.num(r, "attention_share", l.total()[Method.ATTENTION.ordinal()] / totalAttention);
      Table.interval(r, "attention_lift", "ci_low", "ci_high", l.lift(Method.ATTENTION));
      Table.interval(r, "recommended_score", "recommended_ci_low", "recommended_ci_high",
          a.recommended(l));
      Table.num(r, "length_adjusted_lift", l.lift()[ScoredRun.LENGTH_ADJUSTED].value());
      Table.num(r, "rollout_lift", l.lift(Method.ROLLOUT).value());
      Table.num(r, "gradient_lift", l.lift(Method.GRADIENT_X_INPUT).value());
      Table.num(r, "occlusion_lift", l.lift(Method.OCCLUSION).value());
      Table.num(r, "data_lift", l.dataLift().value());
      r.put("sessions_with", l.sessionsWith());
      LiftTables.means(r, l);
      rows.add(r);
    }
  }

  private static int compareDesc(double x, double y, String kx, String ky) {
    double vx = Double.isFinite(x) ? x : Double.NEGATIVE_INFINITY;
    double vy = Double.isFinite(y) ? y : Double.NEGATIVE_INFINITY;
    return vx != vy ? Double.compare(vy, vx) : kx.compareTo(ky);
  }

  /** The bucket of a 1-based position. */
  static int bucket(int position1) {
    int b = 0;
    while (b + 1 < BUCKET_STARTS.length && position1 >= BUCKET_STARTS[b + 1]) {
      b++;
    }
    return b;
  }

  /** Mean attention and recommended score per position bucket and outcome. */
  static Table position(Analysis a) {
    ScoredRun run = a.run();
    int rec = a.recommendation().method().ordinal();
    double[][] n = new double[BUCKETS.length][2];
    double[][] att = new double[BUCKETS.length][2];
    double[][] recSum = new double[BUCKETS.length][2];
    double[][] recN = new double[BUCKETS.length][2];
    for (int i = 0; i < run.events(); i++) {
      int b = bucket(run.event(i).position() + 1);
      int c = run.event(i).label();
      n[b][c]++;
      att[b][c] += run.measure(Method.ATTENTION.ordinal(), i);
      double r = run.measure(rec, i);
      if (!Double.isNaN(r)) {
        recSum[b][c] += r;
        recN[b][c]++;
      }
    }
    List<GenericRecord> rows = new ArrayList<>();
    for (int b = 0; b < BUCKETS.length; b++) {
      for (int c = 1; c >= 0; c--) {
        if (n[b][c] == 0) {
          continue;
        }
        GenericRecord r = Table.row(Contract.POSITION_ATTENTION);
        r.put("bucket", BUCKETS[b]);
        r.put("converted", c == 1);
        r.put("n", (long) n[b][c]);
        Table.num(r, "mean_attention", att[b][c] / n[b][c]);
        Table.num(r, "mean_recommended", recSum[b][c] / recN[b][c]);
        rows.add(r);
      }
    }
    return new Table("position", Contract.POSITION_ATTENTION, rows);
  }

  /** NV-store events early against late. */
  static Table nvPosition(Analysis a) {
    List<GenericRecord> rows = new ArrayList<>();
    for (String timing : new String[] {"early", "late"}) {
      Lift l = a.nvTiming().get(timing);
      if (l == null) {
        continue;
      }
      GenericRecord r = Table.row(Contract.NV_POSITION);
      r.put("timing", timing);
      r.put("sessions", l.sessionsWith());
      r.put("converted", l.sessionsConverted());
      Table.num(r, "conversion_rate", l.rateWith());
      Table.num(r, "attention_converted", l.meanConverted()[Method.ATTENTION.ordinal()]);
      Table.num(r, "attention_not_converted", l.meanNotConverted()[Method.ATTENTION.ordinal()]);
      Table.interval(r, "attention_lift", "ci_low", "ci_high", l.lift(Method.ATTENTION));
      rows.add(r);
    }
    return new Table("nv_position", Contract.NV_POSITION, rows);
  }

  static Table agreement(Analysis a) {
    List<GenericRecord> rows = new ArrayList<>();
    for (Analysis.Agreement ag : a.agreement()) {
      GenericRecord r = Table.row(Contract.METHOD_AGREEMENT);
      r.put("method_a", ag.a());
      r.put("method_b", ag.b());
      Table.num(r, "spearman", ag.spearman().value());
      r.put("n", (long) ag.spearman().n());
      rows.add(r);
    }
    return new Table("method_agreement", Contract.METHOD_AGREEMENT, rows);
  }
}
