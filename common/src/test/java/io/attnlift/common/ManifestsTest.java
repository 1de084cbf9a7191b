package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.json.ReportStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {
  @TempDir Path tmp;

  private Path writeExtractOutput() throws Exception {
    Path dir = tmp.resolve("r1/extract");
    ParquetFiles.write(dir.resolve("events/part-00000.parquet"), Contract.EVENTS,
        List.of(Records.event("u1", "s1", 1, "click", "m_card_click", "7")));
    new Manifests.Builder(Stage.EXTRACT, null, "r1")
        .dataset(dir, "events", Contract.EVENTS, 1)
        .stats(ReportStats.CONTRACT, new ReportStats(List.of("no-funnel"), "", 7))
        .writeTo(dir);
    return dir;
  }

  @Test
  void acceptsACompleteOutput() throws Exception {
    Path dir = writeExtractOutput();

    Manifest m = Manifests.require(dir, Stage.EXTRACT);

    assertEquals("r1", m.runId());
    assertEquals(1, m.output("events").rows());
    assertEquals(List.of("part-00000.parquet"), m.output("events").files());
    assertEquals(7, m.stats(ReportStats.CONTRACT, dir).reportBytes());
  }

  @Test
  void refusesAMissingInputNamingTheFolderAndStage() {
    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(tmp.resolve("r1/extract"), Stage.EXTRACT));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("missing input: "), e.getMessage());
    assertTrue(e.getMessage().contains("r1/extract"), e.getMessage());
    assertTrue(e.getMessage().contains("run stage 'extract'"), e.getMessage());
  }

  @Test
  void refusesAFolderWithoutManifestAsPartial() throws Exception {
    Files.createDirectories(tmp.resolve("r1/extract/events"));

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(tmp.resolve("r1/extract"), Stage.EXTRACT));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("partial input: "), e.getMessage());
  }

  @Test
  void refusesAManifestWhoseFilesAreMissing() throws Exception {
    Path dir = writeExtractOutput();
    Files.delete(dir.resolve("events/part-00000.parquet"));

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(dir, Stage.EXTRACT));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("part-00000.parquet, which is missing"), e.getMessage());
  }

  @Test
  void refusesADatasetOfAnotherSchemaVersionNamingBoth() throws Exception {
    Path dir = writeExtractOutput();
    Path file = dir.resolve(Manifest.FILE_NAME);
    Files.writeString(file,
        Files.readString(file).replace("\"contract_version\" : 1", "\"contract_version\" : 3"));

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(dir, Stage.EXTRACT));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("'events' has events version 3"), e.getMessage());
    assertTrue(e.getMessage().contains("reads version 1"), e.getMessage());
  }

  @Test
  void refusesAManifestOfAnotherVersionNamingBoth() throws Exception {
    Path dir = writeExtractOutput();
    Path file = dir.resolve(Manifest.FILE_NAME);
    Files.writeString(file, Files.readString(file).replaceFirst(
        "\"contract_version\" : 3", "\"contract_version\" : 1"));

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(dir, Stage.EXTRACT));

    assertTrue(e.getMessage().contains("written with manifest version 1, this build reads"
        + " version 3"), e.getMessage());
  }

  @Test
  void refusesTheOutputOfAnotherStage() throws Exception {
    Path dir = writeExtractOutput();

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(dir, Stage.PREPROCESS));

    assertTrue(e.getMessage().contains("written by stage 'extract', expected 'preprocess'"),
        e.getMessage());
  }
}
