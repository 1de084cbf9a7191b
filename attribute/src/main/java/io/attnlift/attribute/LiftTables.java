package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.Method;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;

/** The event, event-type, discovery-feature, tag and category lift tables. */
final class LiftTables {
  private LiftTables() {}

  /** All five, in file order. */
  static List<Table> of(Analysis a) {
    return List.of(
        events(a),
        types(a),
        group("discovery_feature_lift", a, a.features()),
        group("tag_lift", a, a.tags()),
        group("category_lift", a, a.categories()));
  }

  static Table events(Analysis a) {
    List<GenericRecord> rows = new ArrayList<>();
    for (Lift l : sorted(a.events())) {
      GenericRecord r = Table.row(Contract.EVENT_LIFT);
      r.put("event", l.key());
      r.put("event_type", a.eventTypeOf().get(l.key()));
      fill(r, l, a.events(), a);
      rows.add(r);
    }
    return new Table("event_lift", Contract.EVENT_LIFT, rows);
  }

  static Table types(Analysis a) {
    List<GenericRecord> rows = new ArrayList<>();
    for (Lift l : sorted(a.types())) {
      GenericRecord r = Table.row(Contract.EVENT_TYPE_LIFT);
      r.put("value", l.key());
      fill(r, l, a.types(), a);
      Table.num(r, "markov_removal_effect", a.markov().getOrDefault(l.key(), Double.NaN));
      rows.add(r);
    }
    return new Table("event_type_lift", Contract.EVENT_TYPE_LIFT, rows);
  }

  static Table group(String name, Analysis a, GroupResult g) {
    List<GenericRecord> rows = new ArrayList<>();
    for (Lift l : sorted(g)) {
      GenericRecord r = Table.row(Contract.GROUP_LIFT);
      r.put("value", l.key());
      fill(r, l, g, a);
      rows.add(r);
    }
    return new Table(name, Contract.GROUP_LIFT, rows);
  }

  /** Values by occurrences (most first), then by name: a stable order. */
  static List<Lift> sorted(GroupResult g) {
    List<Lift> out = new ArrayList<>(g.lifts().values());
    out.sort((x, y) -> x.n() != y.n() ? Long.compare(y.n(), x.n()) : x.key().compareTo(y.key()));
    return out;
  }

  /** The columns from n_converted on, shared by every lift table. */
  private static void fill(GenericRecord r, Lift l, GroupResult g, Analysis a) {
    r.put("n_converted", l.nConverted());
    r.put("n_not_converted", l.nNotConverted());
    Table.num(r, "conversion_rate_with", l.rateWith());
    Table.num(r, "conversion_rate_without", l.rateWithout());
    Table.interval(r, "data_lift", "data_lift_ci_low", "data_lift_ci_high", l.dataLift());
    int att = Method.ATTENTION.ordinal();
    Table.num(r, "attention_converted", l.meanConverted()[att]);
    Table.num(r, "attention_not_converted", l.meanNotConverted()[att]);
    Table.interval(r, "attention_lift", "ci_low", "ci_high", l.lift(Method.ATTENTION));
    Table.interval(r, "length_adjusted_lift", "length_adjusted_ci_low",
        "length_adjusted_ci_high", l.lift()[ScoredRun.LENGTH_ADJUSTED]);
    for (Method m : new Method[] {Method.ROLLOUT, Method.GRADIENT_X_INPUT, Method.OCCLUSION}) {
      String c = m.tableName();
      Table.interval(r, c + "_lift", c + "_ci_low", c + "_ci_high", l.lift(m));
    }
    Table.interval(r, "logreg_coef", "logreg_ci_low", "logreg_ci_high",
        g.logreg().getOrDefault(l.key(), Interval.NONE));
    Table.num(r, "last_touch_share", g.lastTouch().getOrDefault(l.key(), 0.0));
    Table.interval(r, "recommended_lift", "recommended_ci_low", "recommended_ci_high",
        a.recommended(l));
    r.put("sessions_with", l.sessionsWith());
    means(r, l);
  }

  /** The mean score per occurrence of each method. */
  static void means(GenericRecord r, Lift l) {
    for (Method m : Method.values()) {
      Table.num(r, m.tableName() + "_mean", l.mean(m).value());
    }
  }
}
