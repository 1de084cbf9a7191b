package io.attnlift.preprocess;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Records;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.testing.PAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadEventsTest {
  @TempDir Path tmp;

  @Test
  void readsEveryRowOfEveryFileIntoEvents() throws Throwable {
    List<GenericRecord> a = List.of(Records.event("u1", "s1", 1, "click", "m_card_click", "7"),
        Records.event("u1", "s1", 2, "search", "search_query", null));
    List<GenericRecord> b = List.of(Records.event("u2", "s2", 3, "funnel", "action_place_order",
        null));
    ParquetFiles.write(tmp.resolve("part-0.parquet"), Contract.EVENTS, a);
    ParquetFiles.write(tmp.resolve("part-1.parquet"), Contract.EVENTS, b);
    Pipelines.run(p -> PAssert.that(p.apply(new ReadEvents(tmp + "/*.parquet")))
        .containsInAnyOrder(Event.fromRecord(a.get(0)), Event.fromRecord(a.get(1)),
            Event.fromRecord(b.get(0))));
  }
}
