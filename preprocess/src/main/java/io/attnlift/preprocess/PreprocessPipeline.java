package io.attnlift.preprocess;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The stage as a list of named steps: read the events once, group them into sessions keyed by
 * their shard file, cut them for every variant to build the vocabularies on the training split,
 * then cut, encode and write each shard of sessions.
 */
public final class PreprocessPipeline {
  private PreprocessPipeline() {}

  /**
   * Adds the stage's steps to {@code p}.
   *
   * @param eventsGlob the events files, e.g. {@code /runs/r1/extract/events/*.parquet}
   * @param dirs per variant id, the (temporary) output folder
   * @param shards files per split, in {@link WriteSequenceShards#SPLITS} order
   */
  public static void build(
      Pipeline p,
      PreprocessOptions o,
      String eventsGlob,
      Map<String, String> dirs,
      List<Integer> shards) {
    Cutter cutter =
        new Cutter(o.variantList(), o.funnel(), o.maxLength(), o.userSplit());
    PCollection<KV<String, Session>> sessions =
        p.apply("ReadEvents", new ReadEvents(eventsGlob))
            .apply("GroupSessions", new GroupSessions())
            .apply("AssignShards", new AssignShards(cutter, shards));
    PCollection<Vocabularies> vocabularies =
        sessions
            .apply("Sessions", Values.create())
            .apply("CutSequences", new CutSequences(cutter))
            .apply("BuildVocabulary", new BuildVocabulary(o.minCount()));
    vocabularies.apply("WriteVocabularies", ParDo.of(new WriteVocabularyFn(dirs)));
    sessions.apply("WriteSequenceShards",
        new WriteSequenceShards(cutter, vocabularies, dirs, shards));
  }
}
