package io.attnlift.train;

import io.attnlift.common.Tokens;
import io.attnlift.common.Vocabulary;
import io.attnlift.train.data.Feature;
import io.attnlift.train.data.RawColumn;
import io.attnlift.train.data.SessionSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small synthetic world with planted drivers, for tests and the benchmark: sessions of random
 * events at random stores, where a few event kinds and stores raise or lower the odds of
 * converting. {@link #truth} gives each session's true probability, so the best AUC a model can
 * reach is known.
 */
public final class ToyWorld {
  static final int EVENTS = 24;
  /** Funnel events (with-funnel variant only), after the ordinary ones in the vocabulary. */
  static final int ADD_ITEM = EVENTS;
  static final int CHECKOUT = EVENTS + 1;
  static final int STORES = 200;
  static final int FEATURES = 6;
  static final int TAGS = 12;
  static final int CATEGORIES = 8;
  /** Event kinds that drive conversion, by vocabulary index, and their effect on the logit. */
  static final Map<Integer, Double> EVENT_EFFECT = Map.of(5, 0.9, 9, 0.6, 13, -0.7);
  /** Stores that drive conversion, by store number, and their effect. */
  static final Map<Integer, Double> STORE_EFFECT = Map.of(3, 1.0, 17, -0.8);

  private final Random random;
  private final double meanLength;
  private final double base;

  public ToyWorld(long seed, double meanLength, double base) {
    this.random = new Random(seed);
    this.meanLength = meanLength;
    this.base = base;
  }

  /** The vocabulary every toy session's indices refer to. */
  public static Vocabulary vocabulary() {
    Map<String, List<String>> f = new LinkedHashMap<>();
    List<String> events = new ArrayList<>(tokens("e", EVENTS));
    events.add("add_item");
    events.add("checkout");
    f.put(Feature.EVENT.vocabName(), events);
    f.put(Feature.DISCOVERY_FEATURE.vocabName(), tokens("f", FEATURES));
    f.put(Feature.STORE_ID.vocabName(), tokens("s", STORES));
    f.put(Feature.STORE_NAME.vocabName(), tokens("Store ", STORES));
    f.put(Feature.PRIMARY_TAG_NAME.vocabName(), tokens("tag", TAGS));
    f.put(Feature.PRIMARY_CATEGORY_NAME.vocabName(), tokens("cat", CATEGORIES));
    return new Vocabulary(f, 1);
  }

  private static List<String> tokens(String prefix, int n) {
    List<String> t = new ArrayList<>();
    t.add(Vocabulary.PAD_TOKEN);
    t.add(Vocabulary.OOV_TOKEN);
    for (int i = 2; i < n; i++) {
      t.add(prefix + i);
    }
    return t;
  }

  /** One session with its true conversion probability. */
  public record Draw(SessionSeq session, double truth) {}

  /** Draws a session and its label from the true probability. */
  public Draw next(String id, String split) {
    int len = Math.min(128, 1 + (int) Math.round(-Math.log(1 - random.nextDouble()) * meanLength));
    int[][] idx = new int[6][len];
    float[][] cont = new float[3][len];
    String[][] raw = new String[RawColumn.values().length][len];
    double logit = base;
    for (int p = 0; p < len; p++) {
      int ev = 2 + random.nextInt(EVENTS - 2);
      int store = 2 + random.nextInt(STORES - 2);
      logit += EVENT_EFFECT.getOrDefault(ev, 0.0) + STORE_EFFECT.getOrDefault(store, 0.0);
      idx[0][p] = ev;
      idx[1][p] = 2 + random.nextInt(FEATURES - 2);
      idx[2][p] = store;
      idx[3][p] = store;
      idx[4][p] = 2 + store % (TAGS - 2);
      idx[5][p] = 2 + store % (CATEGORIES - 2);
      cont[0][p] = len == 1 ? 0f : p / (float) (len - 1);
      cont[1][p] = (float) Math.log1p(random.nextInt(120));
      cont[2][p] = store % 5 == 0 ? 1f : 0f;
      raw[0][p] = "e" + ev;
      raw[1][p] = "action";
      raw[2][p] = "f" + idx[1][p];
      raw[3][p] = "s" + store;
      raw[4][p] = "Store " + store;
      raw[5][p] = "tag" + idx[4][p];
      raw[6][p] = "cat" + idx[5][p];
    }
    double truth = 1 / (1 + Math.exp(-logit));
    int label = random.nextDouble() < truth ? 1 : 0;
    return new Draw(new SessionSeq(id, "u-" + id, split, label, idx, cont, raw), truth);
  }

  /** {@code n} sessions of one split. */
  public List<Draw> draw(int n, String split) {
    List<Draw> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(next(split + "-" + i, split));
    }
    return out;
  }

  /**
   * The same session with funnel events appended, as the with-funnel variant sees it: converted
   * sessions add an item and check out; a few others add an item and leave.
   */
  public SessionSeq withFunnel(SessionSeq s) {
    int extra = s.label() == 1 ? 2 : random.nextDouble() < 0.15 ? 1 : 0;
    int len = Math.min(128, s.length() + extra);
    int keep = len - extra;
    int[][] idx = new int[6][len];
    float[][] cont = new float[3][len];
    String[][] raw = new String[RawColumn.values().length][len];
    for (int c = 0; c < 6; c++) {
      System.arraycopy(s.indices()[c], s.length() - keep, idx[c], 0, keep);
    }
    for (int c = 0; c < 3; c++) {
      System.arraycopy(s.continuous()[c], s.length() - keep, cont[c], 0, keep);
    }
    for (int c = 0; c < raw.length; c++) {
      System.arraycopy(s.raw()[c], s.length() - keep, raw[c], 0, keep);
    }
    for (int p = keep; p < len; p++) {
      int ev = p == keep ? ADD_ITEM : CHECKOUT;
      idx[0][p] = ev;
      for (int c = 1; c < 6; c++) {
        idx[c][p] = 1;
      }
      cont[0][p] = 1f;
      cont[1][p] = 1f;
      raw[0][p] = ev == ADD_ITEM ? "add_item" : "checkout";
      raw[1][p] = "funnel";
      raw[2][p] = Tokens.NO_FEATURE;
      for (int c = 3; c < raw.length; c++) {
        raw[c][p] = Tokens.NO_STORE;
      }
    }
    return new SessionSeq(s.sessionId(), s.userId(), s.split(), s.label(), idx, cont, raw);
  }

  /** The no-store token, so fixtures can say "no store" the way preprocess does. */
  static String noStore() {
    return Tokens.NO_STORE;
  }
}
