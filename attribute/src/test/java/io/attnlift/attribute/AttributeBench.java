package io.attnlift.attribute;

import io.attnlift.common.Variant;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stage's speed at the demo's size, for {@code bench/attribute/run.sh}: writes a planted
 * world of N sessions per variant (default 3000, about 55,000 events) and runs {@code attribute}
 * for both variants with DuckDB write-back, printing the wall time. Not a test: no assertion.
 */
public final class AttributeBench {
  private AttributeBench() {}

  public static void main(String[] args) throws Exception {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    String bootstrap = args.length > 1 ? args[1] : "200";
    Path tmp = Files.createTempDirectory("attnlift-attribute-bench");
    Path runs = tmp.resolve("runs");
    long events = 0;
    for (Variant v : Variant.values()) {
      var rows = PlantedWorld.attributions(sessions, 11, v == Variant.WITH_FUNNEL);
      events += rows.size();
      TrainFixture.write(runs, "bench", "bench", v, rows, TrainFixture.occlusionBest());
    }
    TrainFixture.groundTruth(runs, "bench", PlantedWorld.groundTruth());
    long t0 = System.nanoTime();
    Cli r = Cli.run("attribute", "--runs-root", runs.toString(), "--run-id", "bench",
        "--bootstrap", bootstrap, "--duckdb", tmp.resolve("attnlift.duckdb").toString());
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("attribute: exit %d, %d sessions and %d events per variant on average,"
        + " bootstrap %s, both variants in %.1f s%n%s", r.exitCode, sessions, events / 2,
        bootstrap, secs, r.err);
    System.out.println(Files.readString(runs.resolve("bench/attribute/no-funnel/"
        + "ground_truth_check.json")));
    io.attnlift.common.AtomicOutput.deleteRecursively(tmp);
  }
}
