package io.attnlift.extract.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The world's stores: tags, categories, NV stores, Zipf-like popularity and the hero stores.
 * Deterministic for a world and seed; hero stores are drawn among the fairly popular stores (from
 * the top 2% to the top 17%), so they are neither the obvious top sellers nor rarely shown.
 */
public final class Catalog {
  private static final String[][] RESTAURANT_TAGS = {
    {"Fast Food", "American"}, {"Pizza", "Italian"}, {"Burgers", "American"},
    {"Sushi", "Japanese"}, {"Tacos", "Mexican"}, {"Noodles", "Chinese"}, {"Curry", "Indian"},
    {"Thai", "Thai"}, {"Salads", "Healthy"}, {"Desserts", "Dessert"}, {"Coffee", "Cafe"},
    {"Sandwiches", "Deli"}, {"Mediterranean", "Mediterranean"}, {"Breakfast", "American"}
  };
  private static final String[][] NV_TAGS = {
    {"Grocery", "Grocery"}, {"Convenience", "Convenience"}, {"Alcohol", "Alcohol"},
    {"Pharmacy", "Health"}, {"Pet Supplies", "Retail"}, {"Flowers", "Retail"}
  };

  private final List<Store> stores;
  private final double[] cumulative;

  private Catalog(List<Store> stores) {
    this.stores = List.copyOf(stores);
    this.cumulative = new double[stores.size()];
    double sum = 0;
    for (int i = 0; i < stores.size(); i++) {
      sum += stores.get(i).weight();
      cumulative[i] = sum;
    }
  }

  /** Builds the catalog of a world for a seed. */
  public static Catalog build(WorldSpec world, long seed) {
    SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, Seeds.of(world.name()), 1));
    int n = world.stores();
    List<Integer> heroes = pickHeroes(n, world.heroStores(), rng);
    List<Store> stores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean nv = rng.nextDouble() < world.nvShare();
      String[] tag = nv ? NV_TAGS[rng.nextInt(NV_TAGS.length)]
          : RESTAURANT_TAGS[rng.nextInt(RESTAURANT_TAGS.length)];
      String id = Integer.toString(10_000 + i * 7 + rng.nextInt(7));
      double weight = 1.0 / Math.pow(i + 3, 0.9);
      String name = StoreNames.name(i, tag[0], rng);
      stores.add(new Store(id, name, tag[0], tag[1], nv, heroes.contains(i), weight));
    }
    return new Catalog(stores);
  }

  private static List<Integer> pickHeroes(int n, int count, SplittableRandom rng) {
    List<Integer> pool = new ArrayList<>();
    for (int i = n / 50; i < n / 6; i++) {
      pool.add(i);
    }
    List<Integer> heroes = new ArrayList<>();
    for (int k = 0; k < count && !pool.isEmpty(); k++) {
      heroes.add(pool.remove(rng.nextInt(pool.size())));
    }
    return heroes;
  }

  public List<Store> stores() {
    return stores;
  }

  /** The hero stores' ids, in catalog order. */
  public List<String> heroIds() {
    return stores.stream().filter(Store::hero).map(Store::id).toList();
  }

  /** A store drawn by popularity. */
  public Store draw(SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return stores.get(lo);
  }

  /** A store drawn by popularity among those of one tag, or by popularity when none has it. */
  public Store drawWithTag(String tag, SplittableRandom rng) {
    for (int tries = 0; tries < 40; tries++) {
      Store s = draw(rng);
      if (s.tag().equals(tag)) {
        return s;
      }
    }
    return draw(rng);
  }

  /** A tag that some store has, drawn by store popularity (what a user searches for). */
  public String drawTag(SplittableRandom rng) {
    return draw(rng).tag();
  }
}
