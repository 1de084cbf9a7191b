package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.common.RunLayout;
import io.attnlift.common.StageConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreprocessJobTest {
  private static PreprocessJob job(int shards, int parallelism) {
    return new PreprocessJob(new RunLayout(Path.of("runs"), "r"), StageConfig.override(
        PreprocessOptions.defaults(), Map.of("shards", shards, "parallelism", parallelism)));
  }

  @Test
  void autoShardsAreTwoPerCoreWithoutTinyOrHugeFiles() {
    assertEquals(List.of(4, 1, 1), job(0, 2).shards(1_000_000));
    assertEquals(List.of(1, 1, 1), job(0, 16).shards(100_000));
    assertEquals(List.of(32, 7, 7), job(0, 16).shards(10_000_000));
    assertEquals(List.of(40, 5, 5), job(0, 2).shards(100_000_000));
  }

  @Test
  void givenShardsApplyToEverySplit() {
    assertEquals(List.of(3, 3, 3), job(3, 2).shards(1_000_000));
  }
}
