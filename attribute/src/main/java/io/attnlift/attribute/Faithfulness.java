package io.attnlift.attribute;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.StageException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The train stage's deletion test ({@code faithfulness.json}): per method, the mean drop in
 * predicted probability when its top-k events are removed, for each k; {@code random} removes k
 * random events.
 *
 * @param drops method id (as in {@link Method#id()}, plus {@code random}) to k to mean drop
 */
public record Faithfulness(Map<String, Map<Integer, Double>> drops) {
  public static final String FILE_NAME = "faithfulness.json";
  public static final String RANDOM = "random";

  /**
   * Parses the file, strict on what the recommendation needs. Two layouts are read: an object
   * {@code methods} of method to k to mean drop (the shared spec), or a list {@code results} of
   * {@code {k, method, mean_drop}} rows (as the train stage writes it with its standard errors).
   * Either way {@code random} must be among the methods.
   */
  static Faithfulness parse(JsonNode root, Path file) {
    JsonNode results = root.get("results");
    if (results != null && results.isArray()) {
      return fromResults(results, file);
    }
    JsonNode methods = root.get("methods");
    if (methods == null || !methods.isObject()) {
      throw StageException.badInput("%s has no object 'methods' and no list 'results'", file);
    }
    if (!methods.has(RANDOM)) {
      throw StageException.badInput(
          "%s: 'methods' has no '%s' entry, so no method can be compared with chance", file,
          RANDOM);
    }
    Map<String, Map<Integer, Double>> drops = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = methods.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> m = it.next();
      Map<Integer, Double> byK = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> ks = m.getValue().fields(); ks.hasNext(); ) {
        Map.Entry<String, JsonNode> k = ks.next();
        if (!k.getValue().isNumber() || !k.getKey().matches("\\d+")) {
          throw StageException.badInput(
              "%s: methods.%s.%s must be a number under an integer k, found %s", file,
              m.getKey(), k.getKey(), k.getValue());
        }
        byK.put(Integer.parseInt(k.getKey()), k.getValue().asDouble());
      }
      drops.put(m.getKey(), byK);
    }
    return new Faithfulness(drops);
  }

  private static Faithfulness fromResults(JsonNode results, Path file) {
    Map<String, Map<Integer, Double>> drops = new LinkedHashMap<>();
    for (JsonNode r : results) {
      JsonNode k = r.get("k");
      JsonNode m = r.get("method");
      JsonNode d = r.get("mean_drop");
      if (k == null || !k.canConvertToInt() || m == null || !m.isTextual()) {
        throw StageException.badInput("%s: a 'results' row lacks an integer 'k' or a 'method':"
            + " %s", file, r);
      }
      double drop = d != null && d.isNumber() ? d.asDouble() : Double.NaN;
      drops.computeIfAbsent(m.asText(), x -> new TreeMap<>()).put(k.asInt(), drop);
    }
    if (!drops.containsKey(RANDOM)) {
      throw StageException.badInput(
          "%s: 'results' has no '%s' rows, so no method can be compared with chance", file,
          RANDOM);
    }
    return new Faithfulness(drops);
  }

  /**
   * The method's mean margin over random across the k both report; NaN when the method is absent
   * or shares no k with random.
   */
  public double marginOverRandom(Method m) {
    Map<Integer, Double> mine = drops.get(m.id());
    Map<Integer, Double> random = drops.get(RANDOM);
    if (mine == null || random == null) {
      return Double.NaN;
    }
    double sum = 0;
    int n = 0;
    for (Map.Entry<Integer, Double> e : mine.entrySet()) {
      Double r = random.get(e.getKey());
      if (r != null && Double.isFinite(e.getValue()) && Double.isFinite(r)) {
        sum += e.getValue() - r;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
