package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineProgressTest {
  @AfterEach
  void end() {
    PipelineProgress.end();
  }

  @Test
  void eventsReachTheProgressInBatchesOfTheRunTheyBelongTo() {
    PipelineProgress.begin(10_000);
    for (int i = 0; i < 5_000; i++) {
      PipelineProgress.eventRead();
    }
    assertEquals(4_096, PipelineProgress.eventsReported());
    PipelineProgress.end();
    PipelineProgress.begin(10_000);
    for (int i = 0; i < 4_096; i++) {
      PipelineProgress.eventRead();
    }
    assertEquals(4_096, PipelineProgress.eventsReported()); // the last run's 904 are dropped
  }

  @Test
  void sessionsWrittenStartCountingOnceTheWritersRun() {
    PipelineProgress.begin(-1);
    for (int i = 0; i < 100; i++) {
      PipelineProgress.sessionAssembled();
    }
    assertEquals(0, PipelineProgress.sessionsReported());
    for (int i = 0; i < 100; i++) {
      PipelineProgress.sessionWritten();
    }
    assertEquals(64, PipelineProgress.sessionsReported());
  }

  @Test
  void nothingIsCountedOutsideARun() {
    for (int i = 0; i < 5_000; i++) {
      PipelineProgress.eventRead();
      PipelineProgress.sessionWritten();
    }
    assertEquals(0, PipelineProgress.eventsReported());
    assertEquals(0, PipelineProgress.sessionsReported());
  }
}
