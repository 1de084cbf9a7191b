package io.attnlift.attribute;

import java.util.LinkedHashMap;
import java.util.Map;

/** A store's descriptive columns, as first seen in the scored events. */
record StoreInfo(String name, String tag, String category, boolean nv) {

  /** The first-seen description of every store id. */
  static Map<String, StoreInfo> of(ScoredRun run) {
    Map<String, StoreInfo> out = new LinkedHashMap<>();
    for (int i = 0; i < run.events(); i++) {
      ScoredEvent e = run.event(i);
      out.putIfAbsent(e.storeId(),
          new StoreInfo(e.storeName(), e.tag(), e.category(), e.nv()));
    }
    return out;
  }
}
