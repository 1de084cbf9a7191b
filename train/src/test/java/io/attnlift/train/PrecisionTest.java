package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.attnlift.common.StageException;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.Device;
import io.attnlift.train.model.Execution;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelSession;
import io.attnlift.train.model.Precision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecisionTest {
  @TempDir Path tmp;

  @Test
  void explicitPrecisionsAreTakenAsGiven() {
    assertEquals(Precision.FLOAT32, Precision.FLOAT32.resolve(Device.GPU));
    assertEquals(Precision.BFLOAT16, Precision.BFLOAT16.resolve(Device.CPU));
  }

  @Test
  void bfloat16OnAGpuAndUnknownNamesAreBadInput() {
    StageException gpu =
        assertThrows(StageException.class, () -> Precision.BFLOAT16.resolve(Device.GPU));
    assertEquals(2, gpu.exitCode());
    StageException unknown =
        assertThrows(StageException.class, () -> Precision.parse("fp8"));
    assertTrue(unknown.getMessage().contains("'fp8'"), unknown.getMessage());
  }

  @Test
  void autoIsFloat32OnAGpu() {
    assertEquals(Precision.FLOAT32, Precision.AUTO.resolve(Device.GPU));
  }

  @Test
  void cpuFlagsDecideWhetherTheCpuHasBfloat16() throws Exception {
    Path amx = Files.writeString(tmp.resolve("amx"),
        "processor\t: 0\nflags\t\t: fpu sse avx512f amx_bf16 amx_tile\n");
    Path avx2 = Files.writeString(tmp.resolve("avx2"), "flags\t\t: fpu sse avx2 fma\n");
    assertTrue(Precision.cpuHasBf16(amx));
    assertEquals(false, Precision.cpuHasBf16(avx2));
    assertEquals(false, Precision.cpuHasBf16(tmp.resolve("missing")));
  }

  @Test
  void bfloat16ScoresTheSameWeightsWithinAFewThousandths() {
    assumeTrue(Precision.cpuHasBf16(Path.of("/proc/cpuinfo")),
        "this CPU has no native bfloat16 (amx_bf16 / avx512_bf16)");
    List<SessionSeq> sessions = Fixtures.toySplits(5, 10, 64, 1, 1).get(0);
    TrainOptions opt = Baby.options(3, 1e-2);
    int[] vocab = SequenceReader.vocabSizes(ToyWorld.vocabulary());
    double[] full;
    double[] mixed;
    try (ModelSession f32 = Baby.model(opt);
        ModelSession bf16 = new ModelSession(ModelConfig.baby(), vocab, 0f, opt.optimizer(),
            opt.seed(), new Execution(Device.CPU, 1, Precision.BFLOAT16))) {
      Baby.fit(f32, opt, sessions);
      bf16.restore(f32.snapshot());
      full = new Scorer(64).score(f32, sessions).probabilities();
      mixed = new Scorer(64).score(bf16, sessions).probabilities();
    }
    double worst = 0;
    for (int i = 0; i < full.length; i++) {
      worst = Math.max(worst, Math.abs(full[i] - mixed[i]));
    }
    assertNotEquals(0.0, worst, "the bfloat16 rewrite changed nothing");
    assertTrue(worst < 5e-3, "largest difference " + worst);
  }

  @Test
  void aBfloat16ModelScoresWithTheWeightsItJustTrained() {
    List<SessionSeq> sessions = Fixtures.toySplits(6, 10, 32, 1, 1).get(0);
    TrainOptions opt = Baby.options(1, 5e-2);
    int[] vocab = SequenceReader.vocabSizes(ToyWorld.vocabulary());
    try (ModelSession bf16 = new ModelSession(ModelConfig.baby(), vocab, 0f, opt.optimizer(),
        opt.seed(), new Execution(Device.CPU, 1, Precision.BFLOAT16))) {
      double before = new Scorer(64).score(bf16, sessions).probabilities()[0];
      Baby.fit(bf16, opt, sessions);
      double after = new Scorer(64).score(bf16, sessions).probabilities()[0];
      float[][] trained = bf16.snapshot();
      try (ModelSession f32 = Baby.model(opt)) {
        f32.restore(trained);
        double reference = new Scorer(64).score(f32, sessions).probabilities()[0];
        assertNotEquals(before, after, "scoring still used the initial weights");
        assertEquals(reference, after, 5e-3);
      }
    }
  }
}
