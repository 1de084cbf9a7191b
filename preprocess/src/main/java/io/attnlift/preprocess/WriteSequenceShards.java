package io.attnlift.preprocess;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes every variant's sequences as {@code <dir>/sequences/<split>/part-SSSSS-of-NNNNN.parquet}
 * (sequences contract, Snappy) with an explicit number of files per split. Sessions, not
 * sequences, cross the shuffle (one compact element per session for all variants), keyed by
 * their shard ({@link AssignShards}): the worker that owns a shard cuts each session for every
 * variant, encodes it against the vocabularies and writes it. The vocabularies reach every shard
 * through the same shuffle, one copy per shard ({@link ShardItem}), not as a side input: on Flink
 * a step with a side input cannot run in the task of the shuffle before it, and each shard's
 * grouped sessions would be serialised once more, as one record, to reach it. Sessions grouped
 * before their shard's vocabularies are held until they arrive. Shards that got no session are
 * written empty afterwards by {@link #fillEmptyShards}.
 */
public final class WriteSequenceShards
    extends PTransform<PCollection<KV<String, Session>>, PDone> {
  private static final long serialVersionUID = 1L;
  /** The splits, in the order of the shard counts. */
  public static final List<String> SPLITS = List.of(UserSplit.TRAIN, UserSplit.VAL, UserSplit.TEST);

  private final Cutter cutter;
  private final transient PCollection<Vocabularies> vocabularies;
  private final Map<String, String> dirs;
  private final List<Integer> shards;

  /**
   * @param vocabularies the one element of every variant's vocabularies
   * @param dirs per variant id, the output folder that gets {@code sequences/<split>/}
   * @param shards the number of files per split, in {@link #SPLITS} order
   */
  public WriteSequenceShards(
      Cutter cutter,
      PCollection<Vocabularies> vocabularies,
      Map<String, String> dirs,
      List<Integer> shards) {
    this.cutter = cutter;
    this.vocabularies = vocabularies;
    this.dirs = Map.copyOf(dirs);
    this.shards = List.copyOf(shards);
  }

  @Override
  public PDone expand(PCollection<KV<String, Session>> sessions) {
    KvCoder<String, ShardItem> coder = KvCoder.of(StringUtf8Coder.of(), ShardItem.ItemCoder.of());
    PCollection<KV<String, ShardItem>> items =
        sessions.apply("AsShardItems", ParDo.of(new AsItemFn())).setCoder(coder);
    PCollection<KV<String, ShardItem>> vocabulary =
        vocabularies.apply("ToEveryShard", ParDo.of(new ToEveryShardFn(shards))).setCoder(coder);
    PCollectionList.of(items).and(vocabulary)
        .apply("WithVocabularies", Flatten.pCollections())
        .apply("GroupByShard", GroupByKey.create())
        .apply("EncodeAndWrite", ParDo.of(new ShardWriterFn(cutter, dirs, shards)));
    return PDone.in(sessions.getPipeline());
  }

  /** Wraps each keyed session. */
  static final class AsItemFn extends DoFn<KV<String, Session>, KV<String, ShardItem>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<String, Session> s, OutputReceiver<KV<String, ShardItem>> out) {
      out.output(KV.of(s.getKey(), ShardItem.of(s.getValue())));
    }
  }

  /** The vocabularies once under every shard's key. */
  static final class ToEveryShardFn extends DoFn<Vocabularies, KV<String, ShardItem>> {
    private static final long serialVersionUID = 1L;
    private final List<Integer> shards;

    ToEveryShardFn(List<Integer> shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Vocabularies v, OutputReceiver<KV<String, ShardItem>> out) {
      ShardItem item = ShardItem.of(v);
      for (String split : SPLITS) {
        for (int i = 0; i < shardsOf(shards, split); i++) {
          out.output(KV.of(split + "/" + i, item));
        }
      }
    }
  }

  /** The file of a shard, relative to a variant's output folder. */
  public static String shardPath(String split, int shard, int of) {
    return String.format("sequences/%s/part-%05d-of-%05d.parquet", split, shard, of);
  }

  /** The number of files of a split. */
  public static int shardsOf(List<Integer> shards, String split) {
    return shards.get(SPLITS.indexOf(split));
  }

  /** Writes an empty file (schema only) for each shard of {@code dir} the pipeline left out. */
  public static void fillEmptyShards(Path dir, List<Integer> shards) throws IOException {
    for (int s = 0; s < SPLITS.size(); s++) {
      Files.createDirectories(dir.resolve("sequences").resolve(SPLITS.get(s)));
      for (int i = 0; i < shards.get(s); i++) {
        Path file = dir.resolve(shardPath(SPLITS.get(s), i, shards.get(s)));
        if (!Files.exists(file)) {
          ParquetFiles.write(file, Contract.SEQUENCES, List.of());
        }
      }
    }
  }

  /** Cuts, encodes and writes one shard's sessions into one file per variant. */
  static final class ShardWriterFn extends DoFn<KV<String, Iterable<ShardItem>>, Void> {
    private static final long serialVersionUID = 1L;
    private final Cutter cutter;
    private final Map<String, String> dirs;
    private final List<Integer> shards;
    private final SplitCounters counters;

    ShardWriterFn(Cutter cutter, Map<String, String> dirs, List<Integer> shards) {
      this.cutter = cutter;
      this.dirs = dirs;
      this.shards = shards;
      this.counters = new SplitCounters(cutter.variants());
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<ShardItem>> group) throws IOException {
      String[] key = group.getKey().split("/");
      String split = key[0];
      String file = shardPath(split, Integer.parseInt(key[1]), shardsOf(shards, split));
      SequenceEncoder encoder = null;
      List<Session> waiting = new ArrayList<>();
      ShardFiles files = null;
      try {
        for (ShardItem item : group.getValue()) {
          if (item.vocabularies() != null) {
            encoder = new SequenceEncoder(item.vocabularies());
          } else {
            waiting.add(item.session());
          }
          if (encoder != null && !waiting.isEmpty()) {
            files = files != null ? files : ShardFiles.open(cutter.variants(), dirs, file);
            for (Session s : waiting) {
              write(s, encoder, files);
            }
            waiting.clear();
          }
        }
        if (!waiting.isEmpty()) {
          throw new IllegalStateException("shard " + group.getKey() + " got no vocabularies");
        }
      } finally {
        if (files != null) {
          files.close();
        }
      }
    }

    private void write(Session s, SequenceEncoder encoder, ShardFiles files) throws IOException {
      PipelineProgress.sessionWritten();
      List<Variant> variants = cutter.variants();
      for (int v = 0; v < variants.size(); v++) {
        Sequence q = cutter.cut(variants.get(v), s);
        if (q != null) {
          files.write(v, encoder.encode(q));
          counters.count(v, q);
        }
      }
    }
  }
}
