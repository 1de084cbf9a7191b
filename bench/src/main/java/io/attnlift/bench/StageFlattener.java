package io.attnlift.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a stage's own benchmark JSON, whatever its shape, as {@code key.path | value} rows: the
 * stage helpers own their formats, the table only has to show them.
 */
public final class StageFlattener {
  /** Lists longer than this are summarised by their length. */
  static final int MAX_LIST = 6;

  private StageFlattener() {}

  /** The leaves of a JSON tree, keyed by their dotted path, in document order. */
  public static Map<String, Object> leaves(Object json) {
    Map<String, Object> out = new LinkedHashMap<>();
    walk("", json, out);
    return out;
  }

  /** The leaves as a two-column table. */
  public static Markdown table(Map<String, Object> json) {
    Markdown t = new Markdown("measure", "value");
    leaves(json).forEach(t::row);
    return t;
  }

  private static void walk(String path, Object node, Map<String, Object> out) {
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> walk(path.isEmpty() ? k.toString() : path + "." + k, v, out));
    } else if (node instanceof List<?> l) {
      if (l.size() > MAX_LIST || l.stream().allMatch(x -> !(x instanceof Map))) {
        out.put(path, l.size() > MAX_LIST ? "[" + l.size() + " items]" : l.toString());
      } else {
        for (int i = 0; i < l.size(); i++) {
          walk(path + "[" + i + "]", l.get(i), out);
        }
      }
    } else {
      out.put(path, node);
    }
  }
}
