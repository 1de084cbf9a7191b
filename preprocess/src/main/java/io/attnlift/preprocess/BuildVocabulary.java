package io.attnlift.preprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Builds each variant's vocabularies from its training split only: each categorical feature's
 * values counted over the events the model sees, those seen at least {@code minCount} times kept
 * (most frequent first), the rest left to the out-of-vocabulary index. Output: one {@link
 * Vocabularies} with every variant's.
 */
public final class BuildVocabulary
    extends PTransform<PCollection<Sequence>, PCollection<Vocabularies>> {
  private static final long serialVersionUID = 1L;
  private final int minCount;

  public BuildVocabulary(int minCount) {
    this.minCount = minCount;
  }

  @Override
  public PCollection<Vocabularies> expand(PCollection<Sequence> sequences) {
    return sequences
        .apply("CountTrainingTokens", ParDo.of(new CountTokensFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("SumCounts", Sum.longsPerKey())
        .apply("ChooseTokens", Combine.globally(new VocabularyFn(minCount)))
        .setCoder(SerializableCoder.of(Vocabularies.class));
  }

  /**
   * Counts (feature, token) pairs of training sequences within a bundle and emits the sums at the
   * bundle's end, so the shuffle carries one element per distinct pair and bundle, not per event.
   */
  static final class CountTokensFn extends DoFn<Sequence, KV<String, Long>> {
    private static final long serialVersionUID = 1L;
    /** Per variant, per feature: token to count. */
    private transient Map<String, List<Map<String, long[]>>> counts;

    @StartBundle
    public void startBundle() {
      counts = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element Sequence s) {
      if (!UserSplit.TRAIN.equals(s.split())) {
        return;
      }
      List<Map<String, long[]>> byFeature = counts.computeIfAbsent(s.variant(), k -> maps());
      for (Event e : s.events()) {
        for (int f = 0; f < byFeature.size(); f++) {
          byFeature.get(f).computeIfAbsent(Features.token(e, f), k -> new long[1])[0]++;
        }
      }
    }

    private static List<Map<String, long[]>> maps() {
      List<Map<String, long[]>> m = new ArrayList<>();
      Features.CATEGORICAL.forEach(f -> m.add(new HashMap<>()));
      return m;
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      counts.forEach(
          (variant, byFeature) -> {
            for (int f = 0; f < byFeature.size(); f++) {
              for (Map.Entry<String, long[]> e : byFeature.get(f).entrySet()) {
                c.output(KV.of(VocabularyFn.key(variant, f, e.getKey()), e.getValue()[0]),
                    GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
              }
            }
          });
      counts = null;
    }
  }
}
