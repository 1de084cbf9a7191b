package io.attnlift.extract.world;

import io.attnlift.common.Progress;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a world's users and sessions, deterministically for a seed. Each user draws from its
 * own random streams, so the work runs in two cheap passes: the first computes every session's
 * driver log-odds and solves the intercept that gives the world's target conversion rate; the
 * second regenerates the same sessions, draws their outcomes and funnels, and hands them on.
 */
public final class WorldGenerator {
  /** Receives the generated sessions, in user order. */
  public interface Sink {
    void accept(SimSession session) throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(WorldGenerator.class);
  private static final long DAY_MICROS = 86_400_000_000L;
  private static final long MARGIN_MICROS = 3 * 3_600_000_000L;
  private static final int NODES = 64;

  private final WorldSpec world;
  private final long seed;
  private final int users;
  private final long startMicros;
  private final long endMicros;
  private final long worldSeed;
  private final Catalog catalog;
  private final Drivers drivers;
  private final double[] userNodes;

  /**
   * A generator.
   *
   * @param endDate the day after the last day of data: events fall in the 28 days before it
   */
  public WorldGenerator(WorldSpec world, long seed, int users, LocalDate endDate) {
    this.world = world;
    this.seed = seed;
    this.users = users;
    this.endMicros = endDate.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    this.startMicros = endMicros - 28 * DAY_MICROS;
    this.worldSeed = Seeds.of(world.name());
    this.catalog = Catalog.build(world, seed);
    this.drivers = new Drivers(world.drivers(), catalog.heroIds());
    this.userNodes = normalNodes(world.userEffectSd());
  }

  public Catalog catalog() {
    return catalog;
  }

  List<DriverSpec> drivers() {
    return drivers.specs();
  }

  /** Generates every session into {@code sink} and returns the tally of the truth. */
  public TruthTally run(Sink sink) throws Exception {
    // two passes over the users: the intercept's, then the sessions'
    Progress progress = Progress.start(LOG, "user passes", 2L * users);
    double intercept = solveIntercept(progress);
    TruthTally tally = new TruthTally(world, catalog, intercept,
        new RemovalTruth(drivers, intercept, this::eventsOnly));
    for (int u = 0; u < users; u++) {
      SplittableRandom outcomes = new SplittableRandom(Seeds.mix(seed, worldSeed, 3, u));
      for (Browsed b : browseUser(u)) {
        SimSession s = outcome(b, intercept, outcomes);
        tally.add(s, b.eval().values(), b.events());
        sink.accept(s);
      }
      progress.add(1);
    }
    progress.finish();
    return tally;
  }

  /** A session's browsing before its outcome. */
  private record Browsed(
      String userId, String sessionId, List<SimEvent> events, Drivers.Evaluation eval,
      UserProfile profile) {}

  private List<Browsed> browseUser(int u) {
    SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, worldSeed, 2, u));
    UserProfile profile = UserProfile.draw(rng, world.userEffectSd());
    int n = Math.min(8, 1 + poisson(rng, world.meanSessionsPerUser() - 1));
    long[] starts = new long[n];
    long span = endMicros - MARGIN_MICROS - startMicros;
    for (int i = 0; i < n; i++) {
      starts[i] = startMicros + (long) (rng.nextDouble() * span);
    }
    Arrays.sort(starts);
    String userId = String.format("u%07d", u);
    List<Browsed> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<SimEvent> events =
          new SessionSimulator(world, catalog, profile, rng).browse(starts[i]);
      out.add(new Browsed(userId, userId + "-s" + (i + 1), events, drivers.evaluate(events),
          profile));
    }
    return out;
  }

  private SimSession outcome(Browsed b, double intercept, SplittableRandom rng) {
    double x = intercept + b.eval().logOdds();
    double p = Gaussian.sigmoid(x + b.profile().effect());
    boolean converted = rng.nextDouble() < p;
    boolean abandoned = !converted && rng.nextDouble() < world.abandonedCartRate();
    List<SimEvent> events = new ArrayList<>(b.events());
    Funnel funnel = new Funnel(world.funnel(), (after, n) ->
        new SessionSimulator(world, catalog, b.profile(), rng).browseOn(after, n), rng);
    events.addAll(funnel.after(b.events(), converted, abandoned));
    double[] shares = Arrays.copyOf(b.eval().shares(), events.size());
    return new SimSession(b.userId(), b.sessionId(), events, shares, p, eventsOnly(x),
        converted);
  }

  /** The mean of sigmoid(x + v) over the user effect v: the best a session-only model can do. */
  double eventsOnly(double x) {
    double sum = 0;
    for (double v : userNodes) {
      sum += Gaussian.sigmoid(x + v);
    }
    return sum / userNodes.length;
  }

  /** The intercept whose mean true probability over all sessions is the target rate. */
  private double solveIntercept(Progress progress) {
    double[] z = new double[1024];
    int n = 0;
    for (int u = 0; u < users; u++) {
      for (Browsed b : browseUser(u)) {
        if (n == z.length) {
          z = Arrays.copyOf(z, n * 2);
        }
        z[n++] = b.eval().logOdds() + b.profile().effect();
      }
      progress.add(1);
    }
    double lo = -20;
    double hi = 20;
    for (int iter = 0; iter < 60; iter++) {
      double mid = (lo + hi) / 2;
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += Gaussian.sigmoid(mid + z[i]);
      }
      if (mean / Math.max(1, n) < world.conversionRate()) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static double[] normalNodes(double sd) {
    NormalDistribution normal = new NormalDistribution(0, 1);
    double[] nodes = new double[NODES];
    for (int k = 0; k < NODES; k++) {
      nodes[k] = sd * normal.inverseCumulativeProbability((k + 0.5) / NODES);
    }
    return nodes;
  }

  private static int poisson(SplittableRandom rng, double mean) {
    double limit = Math.exp(-mean);
    double prod = rng.nextDouble();
    int k = 0;
    while (prod > limit) {
      prod *= rng.nextDouble();
      k++;
    }
    return k;
  }
}
