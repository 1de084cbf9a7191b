package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorerTest {
  /** Cuts rows of these lengths into batches as the scorer does; the sizes of the batches. */
  private static List<Integer> cuts(Scorer scorer, int[] lengths) {
    List<Integer> sizes = new ArrayList<>();
    for (int from = 0, to; from < lengths.length; from = to) {
      to = scorer.end(from, lengths.length, k -> lengths[k]);
      assertTrue(to > from, "an empty batch at " + from);
      sizes.add(to - from);
    }
    return sizes;
  }

  private static int[] sortedLengths(int n, int max, long seed) {
    Random r = new Random(seed);
    return r.ints(n, 1, max + 1).sorted().toArray();
  }

  @Test
  void withoutABudgetEveryBatchHoldsTheBatchSize() {
    assertEquals(List.of(4, 4, 2), cuts(new Scorer(4), new int[] {1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
  }

  @Test
  void batchesGrowInWholeStepsWhileTheirTokensStayWithinTheBudget() {
    int[] lengths = sortedLengths(3000, 60, 7);
    int batch = 8;
    int tokens = 160;
    List<Integer> sizes = cuts(new Scorer(batch, tokens), lengths);
    int from = 0;
    for (int i = 0; i < sizes.size(); i++) {
      int size = sizes.get(i);
      int longest = lengths[from + size - 1];
      boolean last = from + size == lengths.length;
      if (!last) {
        assertEquals(0, size % batch, "batch " + i + " of " + size + " rows");
      }
      assertTrue(size <= Scorer.MAX_ROWS);
      // beyond the first step a batch stays within the budget, and one more step would not
      assertTrue(size <= batch || size * longest <= tokens, "batch " + i + ": " + size + " x "
          + longest);
      if (!last && size + batch <= Scorer.MAX_ROWS) {
        int next = Math.min(lengths.length, from + size + batch);
        assertTrue((long) (next - from) * lengths[next - 1] > tokens, "batch " + i
            + " could have grown");
      }
      from += size;
    }
    assertEquals(lengths.length, from);
    // short rows come in larger batches than long ones
    assertEquals(80, (int) sizes.get(0), "the first rows have length 1 and 2: " + sizes);
    assertEquals(batch, (int) sizes.get(sizes.size() - 2));
  }

  @Test
  void noBatchHoldsMoreThanTheMostRows() {
    List<Integer> sizes = cuts(new Scorer(64, 1 << 20), new int[2000]);
    assertEquals(Scorer.MAX_ROWS, (int) sizes.get(0));
    assertEquals(2000, sizes.stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void aNegativeBudgetOrAnEmptyBatchIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Scorer(0, 100));
    assertThrows(IllegalArgumentException.class, () -> new Scorer(8, -1));
  }

  @Test
  void theBudgetScoresEverySessionAsFixedBatchesDo() {
    List<SessionSeq> sessions = Fixtures.toySplits(9, 12, 300, 1, 1).get(0);
    try (ModelSession model = Baby.roughlyFitted(sessions)) {
      double[] fixed = new Scorer(8).score(model, sessions).probabilities();
      Scorer budget = new Scorer(8, 96);
      double[] grown = budget.score(model, sessions).probabilities();
      assertArrayEquals(fixed, grown, 1e-5);
      assertEquals(sessions.size(), budget.fresh().score(model, sessions).probabilities().length);
    }
  }
}
