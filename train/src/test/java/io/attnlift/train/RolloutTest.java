package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RolloutTest {
  @Test
  void oneLayerRolloutIsHalfTheAttentionPlusTheResidual() {
    // CLS attends 0.2 to itself, 0.8 to event 0; rows renormalised after adding I: /1.
    float[][][] layers = {{{0.2f, 0.8f, 0f}, {0.5f, 0.5f, 0f}, {0f, 0f, 0f}}};
    assertArrayEquals(new double[] {0.4}, Rollout.cls(layers, 1), 1e-6);
  }

  @Test
  void twoLayersMultiplyThroughTheEvents() {
    float[][] a = {{0f, 1f}, {0f, 1f}};
    // each layer: [[0.5, 0.5], [0, 1]]; product's CLS row: [0.25, 0.75]
    assertArrayEquals(new double[] {0.75}, Rollout.cls(new float[][][] {a, a}, 1), 1e-6);
  }
}
