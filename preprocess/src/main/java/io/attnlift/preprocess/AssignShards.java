package io.attnlift.preprocess;

import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Keys each session by the shard file it goes to, {@code <split>/<shard>}: the split of its user
 * and a hash of its id, so reruns put it in the same file. Applied straight after the sessions
 * are assembled, so that on Flink it runs in the same task (assembled sessions have one consumer
 * and are not serialised for it); the keyed sessions then feed both the vocabulary count and the
 * shard writers.
 */
public final class AssignShards
    extends PTransform<PCollection<Session>, PCollection<KV<String, Session>>> {
  private static final long serialVersionUID = 1L;
  private final Cutter cutter;
  private final List<Integer> shards;

  /** @param shards the number of files per split, in {@link WriteSequenceShards#SPLITS} order */
  public AssignShards(Cutter cutter, List<Integer> shards) {
    this.cutter = cutter;
    this.shards = List.copyOf(shards);
  }

  @Override
  public PCollection<KV<String, Session>> expand(PCollection<Session> sessions) {
    return sessions
        .apply("Key", ParDo.of(new AssignShardFn(cutter, shards)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SessionCoder.of()));
  }

  /** The shard of a session: a hash of its id, so reruns put it in the same file. */
  static int shardOf(String sessionId, int shards) {
    return (int) Math.floorMod(sessionId.hashCode() * 0x9E3779B97F4A7C15L, (long) shards);
  }

  /** Keys each session by {@code split/shard}. */
  static final class AssignShardFn extends DoFn<Session, KV<String, Session>> {
    private static final long serialVersionUID = 1L;
    private final Cutter cutter;
    private final List<Integer> shards;

    AssignShardFn(Cutter cutter, List<Integer> shards) {
      this.cutter = cutter;
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Session s, OutputReceiver<KV<String, Session>> out) {
      String split = cutter.splitOf(s.userId());
      int shard = shardOf(s.sessionId(), WriteSequenceShards.shardsOf(shards, split));
      out.output(KV.of(split + "/" + shard, s));
    }
  }
}
