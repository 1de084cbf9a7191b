package io.attnlift.report;

import java.util.Map;

/** The report's colours (colour-blind-safe Tableau 10), by method and by variant. */
final class Palette {
  static final String POSITIVE = "#4e79a7";
  static final String NEGATIVE = "#e15759";
  static final String GREY = "#8c8c8c";

  private static final Map<String, String> BY_NAME =
      Map.ofEntries(
          Map.entry("attention", "#4e79a7"),
          Map.entry("rollout", "#f28e2b"),
          Map.entry("gradient", "#59a14f"),
          Map.entry("gradient_x_input", "#59a14f"),
          Map.entry("occlusion", "#b07aa1"),
          Map.entry("logreg", "#9c755f"),
          Map.entry("recommended", "#76b7b2"),
          Map.entry("random", GREY),
          Map.entry("no-funnel", "#4e79a7"),
          Map.entry("with-funnel", "#e15759"),
          Map.entry("converted", "#4e79a7"),
          Map.entry("not converted", "#f28e2b"));

  private static final String[] OTHERS = {"#edc948", "#ff9da7", "#76b7b2", "#bab0ac"};

  private Palette() {}

  /**
   * The colour of a method, variant or group ("recommended (occlusion)" takes occlusion's);
   * unknown names get a stable spare colour.
   */
  static String of(String name) {
    int open = name.indexOf('(');
    if (open >= 0 && name.endsWith(")")) {
      String inner = name.substring(open + 1, name.length() - 1);
      if (BY_NAME.containsKey(inner)) {
        return BY_NAME.get(inner);
      }
    }
    String c = BY_NAME.get(name);
    return c != null ? c : OTHERS[Math.floorMod(name.hashCode(), OTHERS.length)];
  }
}
