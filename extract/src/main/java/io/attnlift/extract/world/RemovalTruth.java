package io.attnlift.extract.world;

import io.attnlift.common.EventGroups;
import io.attnlift.common.Tokens;
import io.attnlift.common.json.GroundTruthJson;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * The truth at the level of attribution's claims: per group of events ({@link EventGroups}), the
 * mean change in a session's events-only probability when every event of the group is removed
 * from it, over the sessions that have the group. It is what the removal effect of a perfect
 * honest model would be, in the same unit (probability) and on the same events (the browsing
 * before the funnel, which is what the honest model sees).
 */
final class RemovalTruth {
  /** What the numbers mean; recorded beside them. */
  static final String UNIT = "mean change in the events-only conversion probability when every"
      + " event of the group is removed from a session that has it (browsing before the funnel;"
      + " positive: the group raises conversion)";

  private static final double LO = -30;
  private static final double STEP = 0.005;

  private final Drivers drivers;
  private final double intercept;
  private final double[] table;
  private final Map<EventGroups.Group, double[]> sums = new TreeMap<>();

  /**
   * @param eventsOnly the events-only probability of a log-odds; tabulated here (it is called
   *     about 200 times per session), linear between points 0.005 apart
   */
  RemovalTruth(Drivers drivers, double intercept, DoubleUnaryOperator eventsOnly) {
    this.drivers = drivers;
    this.intercept = intercept;
    this.table = new double[(int) (-2 * LO / STEP) + 2];
    for (int i = 0; i < table.length; i++) {
      table[i] = eventsOnly.applyAsDouble(LO + i * STEP);
    }
  }

  /** Adds a session's browsing before its funnel. */
  void add(List<SimEvent> browsing) {
    double full = probability(browsing);
    List<View> views = browsing.stream().map(View::new).toList();
    for (Map.Entry<EventGroups.Group, BitSet> g : EventGroups.of(views).entrySet()) {
      List<SimEvent> without = new ArrayList<>(browsing.size());
      for (int p = 0; p < browsing.size(); p++) {
        if (!g.getValue().get(p)) {
          without.add(browsing.get(p));
        }
      }
      double[] a = sums.computeIfAbsent(g.getKey(), k -> new double[2]);
      a[0] += full - probability(without);
      a[1]++;
    }
  }

  private double probability(List<SimEvent> events) {
    double at = (intercept + drivers.logOdds(events) - LO) / STEP;
    int i = (int) Math.max(0, Math.min(table.length - 2, Math.floor(at)));
    double f = Math.max(0, Math.min(1, at - i));
    return table[i] + f * (table[i + 1] - table[i]);
  }

  /** One row per group, in group order. */
  List<GroundTruthJson.RemovalEffect> toJson() {
    List<GroundTruthJson.RemovalEffect> out = new ArrayList<>();
    sums.forEach((g, a) -> out.add(new GroundTruthJson.RemovalEffect(g.level().id(), g.key(),
        g.window(), (long) a[1], a[0] / a[1])));
    return out;
  }

  /** A generated event as the groups see it. */
  private record View(SimEvent e) implements EventGroups.Event {
    @Override
    public String event() {
      return e.event();
    }

    @Override
    public String eventType() {
      return e.type();
    }

    @Override
    public String feature() {
      return e.feature() == null ? Tokens.NO_FEATURE : e.feature();
    }

    @Override
    public String store() {
      return e.store() == null ? Tokens.NO_STORE : e.store().id();
    }

    @Override
    public String tag() {
      return e.store() == null ? Tokens.NO_STORE : e.store().tag();
    }

    @Override
    public String category() {
      return e.store() == null ? Tokens.NO_STORE : e.store().category();
    }

    @Override
    public boolean nv() {
      return e.store() != null && e.store().nv();
    }
  }
}
