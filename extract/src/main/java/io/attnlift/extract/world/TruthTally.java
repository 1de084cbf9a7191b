package io.attnlift.extract.world;

import io.attnlift.common.Tokens;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.stats.Roc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects a world's truth while its sessions are generated and builds {@code ground_truth.json}:
 * the drivers and how they move conversion in the data, the hero stores, the expected
 * contribution per EVENT value, per store and per discovery feature (non-funnel events), the
 * removal effect of every group of events ({@link RemovalTruth}), and the AUC of the true and
 * events-only probabilities (the Bayes-optimal AUC for a model with and without the hidden user
 * effect).
 */
public final class TruthTally {
  /** What the contributions mean; recorded beside them. */
  public static final String CONTRIBUTION_UNIT =
      "mean change in the log-odds of conversion attributed to one occurrence (driver"
          + " contributions split equally among the events that triggered them; 0 for events"
          + " that drive nothing, funnel events included)";

  private final WorldSpec world;
  private final Catalog catalog;
  private final double intercept;
  private final RemovalTruth removal;
  private final Map<String, double[]> byEvent = new TreeMap<>();
  private final Map<String, double[]> byStore = new TreeMap<>();
  private final Map<String, double[]> byFeature = new TreeMap<>();
  private final long[][] driverCounts;
  private double[] trueP = new double[1024];
  private double[] eventsOnlyP = new double[1024];
  private boolean[] converted = new boolean[1024];
  private int sessions;
  private long events;

  TruthTally(WorldSpec world, Catalog catalog, double intercept, RemovalTruth removal) {
    this.world = world;
    this.catalog = catalog;
    this.intercept = intercept;
    this.removal = removal;
    this.driverCounts = new long[world.drivers().size()][4];
  }

  /** Adds a session, its drivers' values and its browsing before the funnel. */
  void add(SimSession s, int[] driverValues, List<SimEvent> browsing) {
    removal.add(browsing);
    for (int i = 0; i < s.events().size(); i++) {
      SimEvent e = s.events().get(i);
      accumulate(byEvent, e.event(), s.shares()[i]);
      if (e.store() != null) {
        accumulate(byStore, e.store().id(), s.shares()[i]);
      }
      if (!e.isFunnel()) {
        // keyed as preprocess tokenizes it: an event without a feature is NO_FEATURE
        accumulate(byFeature, e.feature() == null ? Tokens.NO_FEATURE : e.feature(),
            s.shares()[i]);
      }
    }
    for (int d = 0; d < driverValues.length; d++) {
      int k = driverValues[d] > 0 ? 0 : 2;
      driverCounts[d][k]++;
      driverCounts[d][k + 1] += s.converted() ? 1 : 0;
    }
    if (sessions == trueP.length) {
      trueP = Arrays.copyOf(trueP, sessions * 2);
      eventsOnlyP = Arrays.copyOf(eventsOnlyP, sessions * 2);
      converted = Arrays.copyOf(converted, sessions * 2);
    }
    trueP[sessions] = s.trueProbability();
    eventsOnlyP[sessions] = s.eventsOnlyProbability();
    converted[sessions] = s.converted();
    sessions++;
    events += s.events().size();
  }

  private static void accumulate(Map<String, double[]> m, String key, double share) {
    double[] a = m.computeIfAbsent(key, k -> new double[2]);
    a[0] += share;
    a[1] += 1;
  }

  public int sessions() {
    return sessions;
  }

  public long events() {
    return events;
  }

  /** The share of sessions that converted. */
  public double conversionRate() {
    int c = 0;
    for (int i = 0; i < sessions; i++) {
      c += converted[i] ? 1 : 0;
    }
    return sessions == 0 ? 0 : (double) c / sessions;
  }

  /** The ground truth as written to {@code ground_truth.json}. */
  public GroundTruthJson toJson(long seed, int users, String endDate) {
    int[] labels = new int[sessions];
    for (int i = 0; i < sessions; i++) {
      labels[i] = converted[i] ? 1 : 0;
    }
    return new GroundTruthJson(world.name(), world.description(), seed, users, sessions, events,
        endDate, intercept, world.userEffectSd(), conversionRate(),
        Roc.area(Arrays.copyOf(trueP, sessions), labels),
        Roc.area(Arrays.copyOf(eventsOnlyP, sessions), labels), drivers(), catalog.heroIds(),
        CONTRIBUTION_UNIT, means(byEvent), means(byStore), means(byFeature), counts(byEvent),
        RemovalTruth.UNIT, removal.toJson());
  }

  private List<GroundTruthJson.Driver> drivers() {
    List<GroundTruthJson.Driver> out = new ArrayList<>();
    for (int d = 0; d < world.drivers().size(); d++) {
      DriverSpec spec = world.drivers().get(d);
      long[] c = driverCounts[d];
      out.add(new GroundTruthJson.Driver(spec.name(), spec.description(), spec.effect(),
          sessions == 0 ? 0 : (double) c[0] / sessions,
          c[0] == 0 ? Double.NaN : (double) c[1] / c[0],
          c[2] == 0 ? Double.NaN : (double) c[3] / c[2]));
    }
    return out;
  }

  private static Map<String, Double> means(Map<String, double[]> m) {
    Map<String, Double> out = new TreeMap<>();
    m.forEach((k, a) -> out.put(k, a[0] / a[1]));
    return out;
  }

  private static Map<String, Long> counts(Map<String, double[]> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, a) -> out.put(k, (long) a[1]));
    return out;
  }
}
