package io.attnlift.extract.world;

import java.util.SplittableRandom;

/**
 * Store names, with the mess real catalogs have in small amounts: commas, quotes, non-ASCII
 * characters and HTML (which every stage that shows a name must escape).
 */
final class StoreNames {
  private static final String[] FIRST = {
    "Golden", "Lucky", "Urban", "Happy", "Little", "Big", "Sunny", "Royal", "Corner", "Green",
    "Blue", "Red", "Old Town", "Downtown", "Hometown", "Fresh", "Spicy", "Sweet", "Rustic",
    "Midnight"
  };
  private static final String[] MESSY = {
    "Joe's %s, Bar & Grill",
    "\"The\" %s House",
    "Café Déjà Vu %s",
    "寿司 Sakura %s",
    "Crème Brûlée & %s",
    "<b>Best</b> %s",
    "<script>alert('x')</script> %s",
    "Mom & Pop's %s, Inc.",
    "Ñandú %s Ünïcode"
  };

  private StoreNames() {}

  /** The name of store {@code index} with tag {@code tag}; about one in twelve is messy. */
  static String name(int index, String tag, SplittableRandom rng) {
    if (index % 12 == 5) {
      return String.format(MESSY[(index / 12) % MESSY.length], tag);
    }
    return FIRST[rng.nextInt(FIRST.length)] + " " + tag + " #" + (index + 1);
  }
}
