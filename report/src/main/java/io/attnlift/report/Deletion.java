package io.attnlift.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.StageException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The deletion (faithfulness) test read from {@code faithfulness.json}: the mean drop in predicted
 * probability when each method's top-k events are removed, random last. Two layouts are read: a
 * {@code methods} map of method to {k: drop}, or {@code k} with a {@code results} list of
 * {k, method, mean_drop}.
 *
 * @param ks the numbers of events removed, ascending
 * @param drops per method (random last), the mean drop per k (NaN where missing)
 * @param sessions test sessions in the test (NaN when not recorded)
 */
public record Deletion(List<Integer> ks, Map<String, Map<Integer, Double>> drops,
    double sessions) {

  /** Reads either layout; anything else is bad input naming the file. */
  public static Deletion from(JsonInput f) {
    Map<String, Map<Integer, Double>> drops = new LinkedHashMap<>();
    JsonNode methods = f.root().path("methods");
    if (methods.isObject()) {
      methods.fields().forEachRemaining(m -> {
        Map<Integer, Double> byK = new LinkedHashMap<>();
        m.getValue().fields().forEachRemaining(e -> byK.put(k(f, e.getKey()),
            JsonInput.num(e.getValue())));
        drops.put(m.getKey(), byK);
      });
    } else if (f.root().path("results").isArray()) {
      for (JsonNode r : f.root().path("results")) {
        drops.computeIfAbsent(r.path("method").asText(), x -> new LinkedHashMap<>())
            .put(k(f, r.path("k").asText()), JsonInput.num(r.get("mean_drop")));
      }
    } else {
      throw StageException.badInput(
          "%s has neither a 'methods' map nor a 'results' list of deletion drops", f.file());
    }
    if (drops.isEmpty()) {
      throw StageException.badInput("%s holds no deletion results", f.file());
    }
    TreeSet<Integer> ks = new TreeSet<>();
    drops.values().forEach(m -> ks.addAll(m.keySet()));
    List<Map.Entry<String, Map<Integer, Double>>> sorted = new ArrayList<>(drops.entrySet());
    sorted.sort(Comparator.comparing(e -> "random".equals(e.getKey())));
    Map<String, Map<Integer, Double>> ordered = new LinkedHashMap<>();
    sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return new Deletion(List.copyOf(ks), ordered, JsonInput.num(f.root().get("sessions")));
  }

  private static int k(JsonInput f, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw StageException.badInput(
          "%s: '%s' is not a number of events removed (k)", f.file(), text);
    }
  }

  /** The drop of a method at k, NaN when missing. */
  public double drop(String method, int k) {
    Double d = drops.getOrDefault(method, Map.of()).get(k);
    return d == null ? Double.NaN : d;
  }
}
