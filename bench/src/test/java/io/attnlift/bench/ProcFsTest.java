package io.attnlift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcFsTest {
  @Test
  void readsVmRssFromStatusText() {
    String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  123456 kB\nThreads:\t40\n";
    assertEquals(123456, ProcFs.rssKb(status));
  }

  @Test
  void statusWithoutVmRssIsZero() {
    assertEquals(0, ProcFs.rssKb("Name:\tkthreadd\nState:\tS (sleeping)\n"));
  }

  @Test
  void labelsAStageJvmByItsJar() {
    String cmdline = "/usr/bin/java\0-Xmx2g\0-jar\0/w/train/target/attnlift-train.jar\0train\0";
    assertEquals("train", ProcFs.label(cmdline));
  }

  @Test
  void labelsOtherProcessesByProgramName() {
    assertEquals("bash", ProcFs.label("/bin/bash\0-c\0echo hi\0"));
    assertEquals("?", ProcFs.label(""));
  }
}
