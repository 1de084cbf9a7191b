package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.ParquetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For the benchmark: the test AUC of a trained variant against the best AUC a model that sees one
 * session can reach, the AUC of the ground truth's events-only probability on the same sessions.
 *
 * <p>Usage: {@code OracleMain SESSION_TRUTH_DIR PREDICTIONS_DIR OUT.json}
 */
public final class OracleMain {
  private OracleMain() {}

  public static void main(String[] a) throws IOException {
    Map<String, double[]> truth = new HashMap<>();
    ParquetFiles.read(Path.of(a[0]), Contract.SESSION_TRUTH, r -> truth.put(
        r.get("session_id").toString(), new double[] {
            (Double) r.get("events_only_probability"), (Double) r.get("true_probability")}));
    List<double[]> rows = new ArrayList<>(); // model, events-only, true, label
    ParquetFiles.read(Path.of(a[1]), Contract.PREDICTIONS, r -> {
      double[] t = truth.get(r.get("session_id").toString());
      if ("test".equals(r.get("split").toString()) && t != null) {
        rows.add(new double[] {(Double) r.get("probability"), t[0], t[1],
            (Integer) r.get("label")});
      }
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("test_sessions_with_truth", rows.size());
    double model = auc(rows, 0);
    double oracle = auc(rows, 1);
    out.put("model_test_auc", model);
    out.put("events_only_oracle_test_auc", oracle);
    out.put("true_probability_test_auc", auc(rows, 2));
    out.put("gap_to_oracle", oracle - model);
    Json.write(Path.of(a[2]), out);
    System.out.println(Json.MAPPER.writeValueAsString(out));
  }

  private static double auc(List<double[]> rows, int col) {
    double[] p = new double[rows.size()];
    int[] y = new int[rows.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = rows.get(i)[col];
      y[i] = (int) rows.get(i)[3];
    }
    return Metrics.auc(p, y);
  }
}
