package io.attnlift.preprocess;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes every variant's sequences as {@code <dir>/sequences/<split>/part-SSSSS-of-NNNNN.parquet}
 * (sequences contract, Snappy) with an explicit number of files per split. Sessions, not
 * sequences, cross the shuffle (one compact element per session for all variants), keyed by
 * their shard ({@link AssignShards}): the worker that owns a shard cuts each session for every
 * variant, encodes it against the side-input vocabularies and writes it. Shards that got no
 * session are written empty afterwards by {@link #fillEmptyShards}.
 */
public final class WriteSequenceShards
    extends PTransform<PCollection<KV<String, Session>>, PDone> {
  private static final long serialVersionUID = 1L;
  /** The splits, in the order of the shard counts. */
  public static final List<String> SPLITS = List.of(UserSplit.TRAIN, UserSplit.VAL, UserSplit.TEST);

  private final Cutter cutter;
  private final PCollectionView<Vocabularies> vocabularies;
  private final Map<String, String> dirs;
  private final List<Integer> shards;

  /**
   * @param dirs per variant id, the output folder that gets {@code sequences/<split>/}
   * @param shards the number of files per split, in {@link #SPLITS} order
   */
  public WriteSequenceShards(
      Cutter cutter,
      PCollectionView<Vocabularies> vocabularies,
      Map<String, String> dirs,
      List<Integer> shards) {
    this.cutter = cutter;
    this.vocabularies = vocabularies;
    this.dirs = Map.copyOf(dirs);
    this.shards = List.copyOf(shards);
  }

  @Override
  public PDone expand(PCollection<KV<String, Session>> sessions) {
    sessions
        .apply("GroupByShard", GroupByKey.create())
        .apply(
            "EncodeAndWrite",
            ParDo.of(new ShardWriterFn(cutter, vocabularies, dirs, shards))
                .withSideInputs(vocabularies));
    return PDone.in(sessions.getPipeline());
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
  static final class ShardWriterFn extends DoFn<KV<String, Iterable<Session>>, Void> {
    private static final long serialVersionUID = 1L;
    private final Cutter cutter;
    private final PCollectionView<Vocabularies> view;
    private final Map<String, String> dirs;
    private final List<Integer> shards;
    private final SplitCounters counters;

    ShardWriterFn(
        Cutter cutter,
        PCollectionView<Vocabularies> view,
        Map<String, String> dirs,
        List<Integer> shards) {
      this.cutter = cutter;
      this.view = view;
      this.dirs = dirs;
      this.shards = shards;
      this.counters = new SplitCounters(cutter.variants());
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      String[] key = c.element().getKey().split("/");
      String split = key[0];
      int shard = Integer.parseInt(key[1]);
      String file = shardPath(split, shard, shardsOf(shards, split));
      SequenceEncoder encoder = new SequenceEncoder(c.sideInput(view));
      List<Variant> variants = cutter.variants();
      try (ShardFiles files = ShardFiles.open(variants, dirs, file)) {
        for (Session s : c.element().getValue()) {
          PipelineProgress.sessionWritten();
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
  }
}
