package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributeCommandTest {
  @TempDir Path runs;

  private Cli attribute(String runId, String... more) {
    List<String> args = new ArrayList<>(List.of("attribute", "--runs-root", runs.toString(),
        "--run-id", runId, "--variants", "no-funnel", "--bootstrap", "20",
        "--write-back", "none"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  @Test
  void missingTrainOutputIsBadInputNamingTheFolder() {
    Cli r = attribute("r1");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode, r.err);
    assertTrue(r.err.contains("train"), r.err);
    assertTrue(r.err.contains("no-funnel"), r.err);
  }

  @Test
  void trainOutputOfAnotherRunIsBadInput() throws Exception {
    TrainFixture.write(runs, "r1", "r0", Variant.NO_FUNNEL,
        PlantedWorld.attributions(40, 1, false), TrainFixture.occlusionBest());
    Cli r = attribute("r1");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode, r.err);
    assertTrue(r.err.contains("belongs to run 'r0', not to run 'r1'"), r.err);
    assertFalse(Files.exists(runs.resolve("r1/attribute/no-funnel")));
  }

  @Test
  void variantWithoutConvertedSessionsIsBadInput() throws Exception {
    List<GenericRecord> none = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      none.add(Attr.record("s" + s, "test", 0, 1, 0, "store_impression", "impression", "a",
          false, 1.0, 1.0, 0.0, 0.0));
    }
    TrainFixture.write(runs, "r1", "r1", Variant.NO_FUNNEL, none, TrainFixture.occlusionBest());
    Cli r = attribute("r1");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode, r.err);
    assertTrue(r.err.contains("variant 'no-funnel' has no converted sessions among its 5"),
        r.err);
  }

  @Test
  void faithfulnessWithoutRandomIsBadInput() throws Exception {
    var drops = TrainFixture.occlusionBest();
    drops.remove("random");
    TrainFixture.write(runs, "r1", "r1", Variant.NO_FUNNEL,
        PlantedWorld.attributions(40, 1, false), drops);
    Cli r = attribute("r1");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode, r.err);
    assertTrue(r.err.contains("faithfulness.json has no 'random' rows"), r.err);
  }

  @Test
  void badFlagValuesAreBadInput() {
    assertEquals(ExitCodes.BAD_INPUT, attribute("r1", "--write-back", "oracle").exitCode);
    assertEquals(ExitCodes.BAD_INPUT, attribute("r1", "--warehouse-schema", "a-b").exitCode);
    assertEquals(ExitCodes.BAD_INPUT, attribute("r1", "--bootstrap", "0").exitCode);
    assertEquals(ExitCodes.BAD_INPUT, attribute("r1", "--variants", "both").exitCode);
  }

  @Test
  void emptyFlagValueMeansUnset() throws Exception {
    TrainFixture.write(runs, "r1", "r1", Variant.NO_FUNNEL,
        PlantedWorld.attributions(60, 1, false), TrainFixture.occlusionBest());
    Cli r = attribute("r1", "--min-store-support", "", "--seed", "");
    assertEquals(ExitCodes.OK, r.exitCode, r.err);
    assertTrue(Files.isRegularFile(runs.resolve("r1/attribute/no-funnel/manifest.json")));
  }

  @Test
  void presetSectionSetsOptionsAndUnknownKeysAreBadInput() throws Exception {
    TrainFixture.write(runs, "r1", "r1", Variant.NO_FUNNEL,
        PlantedWorld.attributions(60, 1, false), TrainFixture.occlusionBest());
    Path preset = Files.writeString(runs.resolve("preset.yaml"),
        "attribute:\n  min-store-support: 5\n  max-insights: 2\n");
    Cli ok = attribute("r1", "--config", preset.toString());
    assertEquals(ExitCodes.OK, ok.exitCode, ok.err);
    String manifest = Files.readString(runs.resolve("r1/attribute/no-funnel/manifest.json"));
    assertTrue(manifest.contains("\"minStoreSupport\" : 5"), manifest);
    Path bad = Files.writeString(runs.resolve("bad.yaml"), "attribute:\n  min-support: 5\n");
    Cli r = attribute("r1", "--config", bad.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode, r.err);
    assertTrue(r.err.contains("unknown option 'minSupport'"), r.err);
  }
}
