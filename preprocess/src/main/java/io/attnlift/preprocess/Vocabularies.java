package io.attnlift.preprocess;

import io.attnlift.common.Vocabulary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabularies of every variant, in a form Beam can serialize (a side input and, for an empty
 * training split, a combine's default value). Each variant has its own {@link Vocabulary}.
 */
public final class Vocabularies implements Serializable {
  private static final long serialVersionUID = 1L;
  private final LinkedHashMap<String, LinkedHashMap<String, ArrayList<String>>> byVariant =
      new LinkedHashMap<>();
  private final int minCount;

  public Vocabularies(Map<String, Vocabulary> vocabularies, int minCount) {
    vocabularies.forEach(
        (variant, v) -> {
          LinkedHashMap<String, ArrayList<String>> f = new LinkedHashMap<>();
          v.features().forEach((k, tokens) -> f.put(k, new ArrayList<>(tokens)));
          byVariant.put(variant, f);
        });
    this.minCount = minCount;
  }

  /**
   * The vocabulary of a variant, as written to {@code vocab.json}; a variant without training
   * tokens gets only padding and out-of-vocabulary.
   */
  public Vocabulary vocabulary(String variant) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    Map<String, ArrayList<String>> features = byVariant.getOrDefault(variant, new LinkedHashMap<>());
    for (String name : Features.CATEGORICAL) {
      List<String> tokens = features.get(name);
      f.put(name, tokens == null
          ? List.of(Vocabulary.PAD_TOKEN, Vocabulary.OOV_TOKEN) : List.copyOf(tokens));
    }
    return new Vocabulary(f, minCount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vocabularies v && byVariant.equals(v.byVariant) && minCount == v.minCount;
  }

  @Override
  public int hashCode() {
    return byVariant.hashCode();
  }

  @Override
  public String toString() {
    return byVariant.toString();
  }
}
