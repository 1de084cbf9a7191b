package io.attnlift.preprocess;

import io.attnlift.common.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.values.KV;

/**
 * Chooses each variant's and feature's tokens from the summed training counts: count at least
 * {@code minCount}, most frequent first, ties by token; indices 0 and 1 are {@code <pad>} and
 * {@code <oov>}. Input keys are {@link #key(String, int, String)}.
 */
public final class VocabularyFn
    extends CombineFn<KV<String, Long>, List<KV<String, Long>>, Vocabularies> {
  private static final long serialVersionUID = 1L;
  private static final char SEP = '\u0001';
  private final int minCount;

  public VocabularyFn(int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("min count must be at least 1, got " + minCount);
    }
    this.minCount = minCount;
  }

  /** The count key of a token of categorical feature {@code f} of a variant. */
  public static String key(String variant, int f, String token) {
    return variant + SEP + f + SEP + token;
  }

  @Override
  public List<KV<String, Long>> createAccumulator() {
    return new ArrayList<>();
  }

  @Override
  public List<KV<String, Long>> addInput(List<KV<String, Long>> acc, KV<String, Long> in) {
    if (in.getValue() >= minCount) {
      acc.add(in);
    }
    return acc;
  }

  @Override
  public List<KV<String, Long>> mergeAccumulators(Iterable<List<KV<String, Long>>> accs) {
    List<KV<String, Long>> all = new ArrayList<>();
    accs.forEach(all::addAll);
    return all;
  }

  @Override
  public Vocabularies extractOutput(List<KV<String, Long>> acc) {
    return choose(acc, minCount);
  }

  /** The vocabularies of summed counts (one pair per key); pairs under {@code minCount} ignored. */
  public static Vocabularies choose(Iterable<KV<String, Long>> counts, int minCount) {
    Map<String, Map<Integer, Map<String, Long>>> byVariant = new HashMap<>();
    for (KV<String, Long> kv : counts) {
      if (kv.getValue() >= minCount) {
        String[] parts = kv.getKey().split(String.valueOf(SEP), 3);
        byVariant.computeIfAbsent(parts[0], k -> new HashMap<>())
            .computeIfAbsent(Integer.parseInt(parts[1]), k -> new HashMap<>())
            .merge(parts[2], kv.getValue(), Long::sum);
      }
    }
    Map<String, Vocabulary> out = new LinkedHashMap<>();
    byVariant.forEach((variant, features) -> out.put(variant, vocabulary(features, minCount)));
    return new Vocabularies(out, minCount);
  }

  private static Vocabulary vocabulary(Map<Integer, Map<String, Long>> counts, int minCount) {
    Map<String, List<String>> features = new LinkedHashMap<>();
    for (int f = 0; f < Features.CATEGORICAL.size(); f++) {
      List<String> tokens = new ArrayList<>();
      tokens.add(Vocabulary.PAD_TOKEN);
      tokens.add(Vocabulary.OOV_TOKEN);
      counts.getOrDefault(f, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> tokens.add(e.getKey()));
      features.put(Features.CATEGORICAL.get(f), List.copyOf(tokens));
    }
    return new Vocabulary(features, minCount);
  }

  @Override
  public Coder<List<KV<String, Long>>> getAccumulatorCoder(
      CoderRegistry registry, Coder<KV<String, Long>> inputCoder) {
    return ListCoder.of(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  }

  @Override
  public Coder<Vocabularies> getDefaultOutputCoder(
      CoderRegistry registry, Coder<KV<String, Long>> inputCoder) {
    return SerializableCoder.of(Vocabularies.class);
  }
}
