package io.attnlift.attribute;

import io.attnlift.common.json.GroundTruthJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.avro.generic.GenericRecord;

/**
 * A small planted world for integration tests: sessions of impressions, clicks, page loads,
 * searches and tab switches over 40 stores. Clicking or opening one of the hero stores and
 * searching truly raise the chance to convert; the scores reflect it the way a model that learned
 * the world would: occlusion and gradient x input carry each event's true logit contribution
 * (plus noise), attention favours the driving events, more so in converted sessions.
 */
final class PlantedWorld {
  static final List<String> HEROES = List.of("s0", "s1", "s2");
  static final double HERO_EFFECT = 1.6;
  static final double SEARCH_EFFECT = 0.8;

  private static final String[][] KINDS = {
    {"store_impression", "impression"}, {"m_card_click", "click"},
    {"store_page_load", "page_load"}, {"core_search", "search"}, {"tab_switch", "navigation"}};
  private static final double[] KIND_SHARE = {0.5, 0.15, 0.1, 0.1, 0.15};

  private PlantedWorld() {}

  /** The attributions of {@code sessions} sessions; with funnel, converted ones end in one. */
  static List<GenericRecord> attributions(int sessions, long seed, boolean withFunnel) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<GenericRecord> out = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      out.addAll(session("sess-" + s, s % 2 == 0 ? "val" : "test", rnd, withFunnel));
    }
    return out;
  }

  private static List<GenericRecord> session(String id, String split, SplittableRandom rnd,
      boolean withFunnel) {
    int length = 4 + rnd.nextInt(30);
    String[][] events = new String[length][];
    double[] effect = new double[length];
    double logit = -1.2;
    for (int p = 0; p < length; p++) {
      String[] kind = KINDS[pick(rnd)];
      String store = kind[1].equals("search") || kind[1].equals("navigation") ? null
          : "s" + rnd.nextInt(40);
      events[p] = new String[] {kind[0], kind[1], store};
      boolean engaged = kind[1].equals("click") || kind[1].equals("page_load");
      if (engaged && HEROES.contains(store)) {
        effect[p] = HERO_EFFECT;
      } else if (kind[1].equals("search")) {
        effect[p] = SEARCH_EFFECT;
      }
      logit += effect[p];
    }
    int label = rnd.nextDouble() < 1 / (1 + Math.exp(-Math.min(logit, 3.0))) ? 1 : 0;
    boolean funnel = withFunnel && label == 1;
    int total = funnel ? length + 1 : length;
    double[] weight = new double[total];
    double sum = 0;
    for (int p = 0; p < total; p++) {
      double focus = p >= length ? 3.0 : effect[p] > 0 ? (label == 1 ? 2.0 : 1.2) : 0.0;
      weight[p] = Math.exp(focus + 0.3 * rnd.nextGaussian());
      sum += weight[p];
    }
    List<GenericRecord> out = new ArrayList<>();
    for (int p = 0; p < total; p++) {
      String[] e = p < length ? events[p] : new String[] {"action_add_item", "funnel", null};
      double eff = p < length ? effect[p] : 2.5;
      double att = weight[p] / sum;
      out.add(Attr.record(id, split, label, total, p, e[0], e[1], e[2],
          e[2] != null && e[2].compareTo("s35") >= 0, att, 0.5 * att + 0.5 / total,
          eff * 0.1 + 0.05 * rnd.nextGaussian(), eff + 0.2 * rnd.nextGaussian()));
    }
    return out;
  }

  private static int pick(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    for (int k = 0; k < KIND_SHARE.length; k++) {
      u -= KIND_SHARE[k];
      if (u < 0) {
        return k;
      }
    }
    return KIND_SHARE.length - 1;
  }

  /** The ground_truth.json of this world. */
  static GroundTruthJson groundTruth() {
    Map<String, Double> events = new LinkedHashMap<>();
    events.put("m_card_click", HERO_EFFECT * 3 / 40);
    events.put("store_page_load", HERO_EFFECT * 3 / 40);
    events.put("core_search", SEARCH_EFFECT);
    Map<String, Double> stores = new LinkedHashMap<>();
    HEROES.forEach(h -> stores.put(h, HERO_EFFECT));
    return TrainFixture.truth(HEROES, events, stores, Map.of());
  }
}
