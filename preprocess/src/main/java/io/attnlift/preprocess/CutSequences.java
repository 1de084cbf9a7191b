package io.attnlift.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Cuts each session into what each variant's model sees ({@link Cutter}): one output per session
 * and variant. Sessions a variant's filter leaves empty are dropped for that variant and counted,
 * as are the sessions cut to the maximum length.
 */
public final class CutSequences extends PTransform<PCollection<Session>, PCollection<Sequence>> {
  private static final long serialVersionUID = 1L;
  private final Cutter cutter;

  public CutSequences(Cutter cutter) {
    this.cutter = cutter;
  }

  @Override
  public PCollection<Sequence> expand(PCollection<Session> sessions) {
    return sessions.apply("Cut", ParDo.of(new CutFn(cutter))).setCoder(SequenceCoder.of());
  }

  /** Cuts one session for every variant. */
  static final class CutFn extends DoFn<Session, Sequence> {
    private static final long serialVersionUID = 1L;
    private final Cutter cutter;
    private final List<Counter> dropped = new ArrayList<>();
    private final List<Counter> truncated = new ArrayList<>();

    CutFn(Cutter cutter) {
      this.cutter = cutter;
      cutter.variants().forEach(v -> {
        dropped.add(Stats.counter(v.id(), Stats.DROPPED_EMPTY));
        truncated.add(Stats.counter(v.id(), Stats.TRUNCATED));
      });
    }

    @ProcessElement
    public void process(@Element Session s, OutputReceiver<Sequence> out) {
      for (int v = 0; v < cutter.variants().size(); v++) {
        Sequence q = cutter.cut(cutter.variants().get(v), s);
        if (q == null) {
          dropped.get(v).inc();
          continue;
        }
        if (q.truncated()) {
          truncated.get(v).inc();
        }
        out.output(q);
      }
    }
  }
}
