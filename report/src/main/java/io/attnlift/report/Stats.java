package io.attnlift.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tolerant look-ups in a manifest's stats: several spellings per fact, nested maps by dotted
 * path, and nothing (NaN, null, an empty map) where a stage did not record the fact.
 */
final class Stats {
  private final Map<String, Object> stats;

  Stats(Map<String, Object> stats) {
    this.stats = stats == null ? Map.of() : stats;
  }

  /** The first of the given paths that holds a value, or null. */
  Object find(String... paths) {
    for (String p : paths) {
      Object v = stats;
      for (String part : p.split("\\.")) {
        v = v instanceof Map<?, ?> m ? m.get(part) : null;
      }
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** A number, or NaN. */
  double number(String... paths) {
    Object v = find(paths);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** A text, or null. */
  String text(String... paths) {
    Object v = find(paths);
    return v == null || v instanceof Map || v instanceof Iterable ? null : String.valueOf(v);
  }

  /** A map of reason (or bucket) to count; a single number becomes {@code {"total": n}}. */
  Map<String, Double> counts(String... paths) {
    Object v = find(paths);
    Map<String, Double> out = new LinkedHashMap<>();
    if (v instanceof Map<?, ?> m) {
      m.forEach(
          (k, c) -> {
            if (c instanceof Number n) {
              out.put(String.valueOf(k), n.doubleValue());
            }
          });
    } else if (v instanceof Number n) {
      out.put("total", n.doubleValue());
    }
    return out;
  }

  /** A nested map, or an empty one. */
  @SuppressWarnings("unchecked")
  Stats child(String... paths) {
    Object v = find(paths);
    return new Stats(v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
  }

  /** {@code train_loss} → {@code trainLoss}. */
  static String camel(String key) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
