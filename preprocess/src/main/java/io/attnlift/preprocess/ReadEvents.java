package io.attnlift.preprocess;

import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads the events contract's Parquet files into compact {@link Event}s: each record is parsed
 * straight from the Parquet reader, so no Avro record ever crosses a shuffle.
 */
public final class ReadEvents extends PTransform<PBegin, PCollection<Event>> {
  private static final long serialVersionUID = 1L;
  private static final Counter EVENTS_READ = Stats.counter(Stats.EVENTS_READ);
  private final String filepattern;

  /** Reads the files matching {@code filepattern}, e.g. {@code runs/r1/extract/events/*.parquet}. */
  public ReadEvents(String filepattern) {
    this.filepattern = filepattern;
  }

  @Override
  public PCollection<Event> expand(PBegin input) {
    SerializableFunction<GenericRecord, Event> parse = ReadEvents::parse;
    return input.apply(
        "ParseParquet",
        ParquetIO.parseGenericRecords(parse).from(filepattern).withCoder(EventCoder.of()));
  }

  private static Event parse(GenericRecord r) {
    EVENTS_READ.inc();
    PipelineProgress.eventRead();
    return Event.fromRecord(r);
  }
}
