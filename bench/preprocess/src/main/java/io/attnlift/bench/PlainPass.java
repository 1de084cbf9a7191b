package io.attnlift.bench;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Variant;
import io.attnlift.common.Vocabulary;
import io.attnlift.preprocess.Cutter;
import io.attnlift.preprocess.Event;
import io.attnlift.preprocess.Features;
import io.attnlift.preprocess.FunnelRules;
import io.attnlift.preprocess.Sequence;
import io.attnlift.preprocess.SequenceEncoder;
import io.attnlift.preprocess.SequenceRecords;
import io.attnlift.preprocess.Session;
import io.attnlift.preprocess.SessionRules;
import io.attnlift.preprocess.UserSplit;
import io.attnlift.preprocess.Vocabularies;
import io.attnlift.preprocess.VocabularyFn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.values.KV;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * The lower bound the pipeline is measured against: the same stage (sessions, dedupe, label, both
 * variants' cut, vocabulary on train, encoding, one Parquet file per split) as one plain
 * single-threaded Java pass over the same files, all in memory.
 *
 * <p>Usage: {@code PlainPass <events-dir> <out-dir> [max-length] [min-count]}
 */
public final class PlainPass {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Path events = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int maxLength = args.length > 2 ? Integer.parseInt(args[2]) : 128;
    int minCount = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Cutter cutter = new Cutter(List.of(Variant.values()), FunnelRules.SEED, maxLength,
        new UserSplit(0.1, 0.1));
    Map<String, List<Event>> bySession = new HashMap<>();
    long n = ParquetFiles.read(events, Contract.EVENTS, r -> {
      Event e = Event.fromRecord(r);
      bySession.computeIfAbsent(e.sessionId(), k -> new ArrayList<>()).add(e);
    });
    Map<Variant, List<Sequence>> seqs = new EnumMap<>(Variant.class);
    Map<String, Long> counts = new HashMap<>();
    for (Map.Entry<String, List<Event>> g : bySession.entrySet()) {
      if (SessionRules.hasSeveralUsers(g.getValue())) {
        continue;
      }
      List<Event> sorted = SessionRules.sortAndDedupe(g.getValue());
      Session s = new Session(g.getKey(), sorted.get(0).userId(), sorted);
      for (Variant v : cutter.variants()) {
        Sequence q = cutter.cut(v, s);
        if (q != null) {
          seqs.computeIfAbsent(v, k -> new ArrayList<>()).add(q);
          if (q.split().equals(UserSplit.TRAIN)) {
            count(q, counts);
          }
        }
      }
    }
    List<KV<String, Long>> kvs = new ArrayList<>();
    counts.forEach((k, c) -> kvs.add(KV.of(k, c)));
    Vocabularies vocab = VocabularyFn.choose(kvs, minCount);
    for (Variant v : cutter.variants()) {
      write(out.resolve(v.id()), seqs.get(v), new SequenceEncoder(vocab));
      vocab.vocabulary(v.id()).write(out.resolve(v.id()).resolve(Vocabulary.FILE_NAME));
    }
    System.out.printf("{\"events\": %d, \"sessions\": %d, \"seconds\": %.3f}%n",
        n, bySession.size(), (System.nanoTime() - t0) / 1e9);
  }

  private static void count(Sequence q, Map<String, Long> counts) {
    for (Event e : q.events()) {
      for (int f = 0; f < Features.CATEGORICAL.size(); f++) {
        counts.merge(VocabularyFn.key(q.variant(), f, Features.token(e, f)), 1L, Long::sum);
      }
    }
  }

  private static void write(Path dir, List<Sequence> seqs, SequenceEncoder encoder)
      throws Exception {
    Map<String, ParquetWriter<GenericRecord>> writers = new HashMap<>();
    try {
      for (String s : List.of(UserSplit.TRAIN, UserSplit.VAL, UserSplit.TEST)) {
        writers.put(s, ParquetFiles.writer(
            dir.resolve("sequences").resolve(s).resolve("part-00000.parquet"),
            Contract.SEQUENCES));
      }
      for (Sequence q : seqs) {
        writers.get(q.split()).write(SequenceRecords.toRecord(encoder.encode(q)));
      }
    } finally {
      for (ParquetWriter<GenericRecord> w : writers.values()) {
        w.close();
      }
    }
  }
}
