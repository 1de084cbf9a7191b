package io.attnlift.train.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.OptimizerOptions.GlobalJitLevel;

class ExecutionTest {
  @Test
  void theTrainStagesExecutionUsesTheSameThreadsForBothPoolsTheSharedPoolsAndNoXla() {
    ConfigProto c = new Execution(Device.CPU, 2, Precision.FLOAT32).trainingConfig();
    assertEquals(2, c.getIntraOpParallelismThreads());
    assertEquals(2, c.getInterOpParallelismThreads());
    assertFalse(c.getUsePerSessionThreads());
    assertEquals(GlobalJitLevel.DEFAULT, c.getGraphOptions().getOptimizerOptions()
        .getGlobalJitLevel());
    assertEquals(0, c.getDeviceCountOrThrow("GPU"));
  }

  @Test
  void aTuningSetsTheInterOpThreadsPerSessionPoolsAndXlaInBothSessions() {
    Execution e = new Execution(Device.CPU, 2, Precision.BFLOAT16,
        new Tuning(1, true, GlobalJitLevel.ON_1));
    for (ConfigProto c : new ConfigProto[] {e.trainingConfig(), e.scoringConfig()}) {
      assertEquals(2, c.getIntraOpParallelismThreads());
      assertEquals(1, c.getInterOpParallelismThreads());
      assertTrue(c.getUsePerSessionThreads());
      assertEquals(GlobalJitLevel.ON_1, c.getGraphOptions().getOptimizerOptions()
          .getGlobalJitLevel());
    }
  }
}
