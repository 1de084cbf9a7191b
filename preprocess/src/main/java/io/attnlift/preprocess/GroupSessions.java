package io.attnlift.preprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Groups events into sessions: by SESSION_ID, sorted by time with the stable tie-break of {@link
 * Event#ORDER}, exact duplicates removed (counted). A SESSION_ID that appears under two users is
 * rejected whole and counted; the job fails when there are too many.
 *
 * <p>Before the shuffle, events are gathered into per-session chunks within each bundle (a bounded
 * buffer), so the shuffle sorts about one element per session and worker instead of one per
 * event; a session whose events arrive on several workers simply has several chunks.
 */
public final class GroupSessions extends PTransform<PCollection<Event>, PCollection<Session>> {
  private static final long serialVersionUID = 1L;
  /** Events buffered per bundle before the chunks are emitted. */
  static final int MAX_BUFFERED_EVENTS = 50_000;

  @Override
  public PCollection<Session> expand(PCollection<Event> events) {
    return events
        .apply("ChunkBySession", ParDo.of(new ChunkBySessionFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), EventListCoder.of()))
        .apply("GroupBySession", GroupByKey.create())
        .apply("AssembleSessions", ParDo.of(new AssembleSessionFn()))
        .setCoder(SessionCoder.of());
  }

  /** Buffers events by session and emits them as chunks when the buffer fills or the bundle ends. */
  static final class ChunkBySessionFn extends DoFn<Event, KV<String, List<Event>>> {
    private static final long serialVersionUID = 1L;
    private transient Map<String, List<Event>> buffer;
    private transient int buffered;

    @StartBundle
    public void startBundle() {
      buffer = new HashMap<>();
      buffered = 0;
    }

    @ProcessElement
    public void process(@Element Event e, OutputReceiver<KV<String, List<Event>>> out) {
      buffer.computeIfAbsent(e.sessionId(), k -> new ArrayList<>()).add(e);
      if (++buffered >= MAX_BUFFERED_EVENTS) {
        buffer.forEach((k, v) -> out.output(KV.of(k, v)));
        buffer = new HashMap<>();
        buffered = 0;
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      buffer.forEach(
          (k, v) ->
              c.output(KV.of(k, v), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      buffer = null;
    }
  }

  /** Orders a session's events, removes duplicates and rejects sessions of several users. */
  static final class AssembleSessionFn extends DoFn<KV<String, Iterable<List<Event>>>, Session> {
    private static final long serialVersionUID = 1L;
    private final Counter sessionsIn = Stats.counter(Stats.SESSIONS_IN);
    private final Counter conflicts = Stats.counter(Stats.USER_CONFLICTS);
    private final Counter duplicates = Stats.counter(Stats.DUPLICATES);
    private final Counter ties = Stats.counter(Stats.TIES);

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<List<Event>>> group, OutputReceiver<Session> out) {
      List<Event> events = new ArrayList<>();
      group.getValue().forEach(events::addAll);
      sessionsIn.inc();
      if (SessionRules.hasSeveralUsers(events)) {
        conflicts.inc();
        return;
      }
      List<Event> sorted = SessionRules.sortAndDedupe(events);
      duplicates.inc(events.size() - sorted.size());
      ties.inc(SessionRules.tiedTimestamps(sorted));
      PipelineProgress.sessionAssembled();
      out.output(new Session(group.getKey(), sorted.get(0).userId(), sorted));
    }
  }
}
