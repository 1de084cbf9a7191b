package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class StageConfigTest {
  @TempDir Path tmp;

  /** A stage's typed options, as each stage declares its own. */
  record ToyOptions(int sampleUsers, String source, double maxNullShare) {
    static ToyOptions defaults() {
      return new ToyOptions(10_000, "duckdb", 0.01);
    }
  }

  @Test
  void presetOverridesDefaultsAndFlagsOverrideThePreset() throws Exception {
    Path preset = tmp.resolve("p.yaml");
    Files.writeString(preset, "extract:\n  sample-users: 500\n  source: file\n");

    ToyOptions o = StageConfig.resolve(
        ToyOptions.defaults(), preset, "extract", Map.of("sampleUsers", 42));

    assertEquals(new ToyOptions(42, "file", 0.01), o);
  }

  @Test
  void anUnknownKeyInThePresetIsRefusedByName() throws Exception {
    Path preset = tmp.resolve("p.yaml");
    Files.writeString(preset, "extract:\n  sample-userz: 500\n");

    StageException e = assertThrows(StageException.class,
        () -> StageConfig.resolve(ToyOptions.defaults(), preset, "extract", Map.of()));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("unknown option 'sampleUserz'"), e.getMessage());
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithItsLine() throws Exception {
    Path preset = tmp.resolve("p.yaml");
    Files.writeString(preset, "extract:\n  sample-users: 500\n  sample-users: 50\n");

    StageException e = assertThrows(StageException.class,
        () -> StageConfig.resolve(ToyOptions.defaults(), preset, "extract", Map.of()));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("cannot parse config file " + preset + " (line 3,"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Duplicate field 'sample-users'"), e.getMessage());
  }

  @Test
  void oneOptionSpelledTwoWaysIsRefused() throws Exception {
    Path preset = tmp.resolve("p.yaml");
    Files.writeString(preset, "extract:\n  sample-users: 500\n  sampleUsers: 50\n");

    StageException e = assertThrows(StageException.class,
        () -> StageConfig.resolve(ToyOptions.defaults(), preset, "extract", Map.of()));

    assertTrue(e.getMessage().contains("sets one option twice, as 'sample-users' and"
        + " 'sampleUsers'"), e.getMessage());
  }

  @Test
  void aDirectoryGivenAsThePresetIsNamedAsSuch() {
    StageException e = assertThrows(StageException.class,
        () -> StageConfig.resolve(ToyOptions.defaults(), tmp, "extract", Map.of()));

    assertEquals("config file " + tmp + " is a directory, not a preset file", e.getMessage());
  }

  @Test
  void anUnknownSectionIsRefused() throws Exception {
    Path preset = tmp.resolve("p.yaml");
    Files.writeString(preset, "extrakt:\n  sample-users: 500\n");

    StageException e = assertThrows(StageException.class,
        () -> StageConfig.resolve(ToyOptions.defaults(), preset, "extract", Map.of()));

    assertTrue(e.getMessage().contains("unknown section 'extrakt'"), e.getMessage());
  }

  /** A stage's options with the shared Snowflake connection. */
  record ConnectedOptions(int sampleUsers, io.attnlift.common.warehouse.SnowflakeSettings
      snowflake) {}

  @Test
  void theSharedSnowflakeSectionFillsTheStagesConnectionOverItsDefaults() throws Exception {
    Path preset = tmp.resolve("p.yaml");
    Files.writeString(preset, "snowflake:\n  account: acme\n  user: jane.doe@acme.com\n");
    ConnectedOptions d = new ConnectedOptions(5,
        io.attnlift.common.warehouse.SnowflakeSettings.defaults());

    ConnectedOptions o = StageConfig.resolve(d, preset, "extract", Map.of());

    assertEquals(5, o.sampleUsers());
    assertEquals("jane.doe@acme.com", o.snowflake().user());
    assertEquals(443, o.snowflake().port(), "the default where the section says nothing");
  }

  @Test
  void otherStagesSectionsAreLeftToThem() throws Exception {
    Path preset = tmp.resolve("p.yaml");
    Files.writeString(preset, "train:\n  preset: baby\n");

    assertEquals(ToyOptions.defaults(),
        StageConfig.resolve(ToyOptions.defaults(), preset, "extract", Map.of()));
  }

  @Command(name = "toy")
  static final class ToyCommand {
    @Option(names = "--sample-users") String sampleUsers;
    @Option(names = "--source") String source;
    @Option(names = "--run-id") String runId;
  }

  @Test
  void aFlagGivenEmptyCountsAsNotGivenAsArgoPassesUnsetParameters() {
    CommandLine cl = new CommandLine(new ToyCommand());
    cl.parseArgs("--sample-users=", "--source", "file", "--run-id", "r1");

    assertEquals(Map.of("source", "file"), StageConfig.explicitFlags(cl.getCommandSpec()));
    assertEquals(new ToyOptions(10_000, "file", 0.01), StageConfig.resolve(
        ToyOptions.defaults(), null, "extract", cl.getCommandSpec()));
  }
}
