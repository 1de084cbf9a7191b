package io.attnlift.attribute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The first-order Markov-chain baseline: each session is a path START → its event types in order
 * → CONVERSION or NULL; transition probabilities are the observed shares. A state's removal effect
 * is the relative drop in the probability of reaching CONVERSION from START when every transition
 * into that state is sent to NULL instead: {@code (P - P_without) / P}.
 */
final class MarkovRemoval {
  private final List<String> states;
  /** counts[i][j]: i a transient state (0 START, then the types), j a transient state or END. */
  private final double[][] counts;
  private final int conv;
  private final int nul;

  /**
   * @param paths per session, its states in order
   * @param converted per session, whether it converted
   */
  MarkovRemoval(List<List<String>> paths, boolean[] converted) {
    TreeSet<String> all = new TreeSet<>();
    paths.forEach(all::addAll);
    this.states = List.copyOf(all);
    int t = states.size() + 1;
    this.conv = t;
    this.nul = t + 1;
    this.counts = new double[t][t + 2];
    Map<String, Integer> idx = new LinkedHashMap<>();
    for (int i = 0; i < states.size(); i++) {
      idx.put(states.get(i), i + 1);
    }
    for (int p = 0; p < paths.size(); p++) {
      int from = 0;
      for (String s : paths.get(p)) {
        int to = idx.get(s);
        counts[from][to]++;
        from = to;
      }
      counts[from][converted[p] ? conv : nul]++;
    }
  }

  /** The probability of conversion from START, with one state removed (null: none). */
  double conversionProbability(String removed) {
    int t = states.size() + 1;
    int gone = removed == null ? -1 : states.indexOf(removed) + 1;
    RealMatrix a = new Array2DRowRealMatrix(t, t);
    double[] r = new double[t];
    for (int i = 0; i < t; i++) {
      a.setEntry(i, i, 1.0);
      double total = 0;
      for (double c : counts[i]) {
        total += c;
      }
      if (total == 0 || i == gone) {
        continue;
      }
      for (int j = 1; j < t; j++) {
        if (j != gone) {
          a.addToEntry(i, j, -counts[i][j] / total);
        }
      }
      r[i] = counts[i][conv] / total;
    }
    return new LUDecomposition(a).getSolver().solve(new ArrayRealVector(r)).getEntry(0);
  }

  /** Each state's removal effect, in state name order; NaN when nothing converts. */
  Map<String, Double> removalEffects() {
    double p = conversionProbability(null);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String s : states) {
      out.put(s, p > 0 ? (p - conversionProbability(s)) / p : Double.NaN);
    }
    return out;
  }
}
