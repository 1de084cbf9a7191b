package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.StageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeletionTest {
  @TempDir Path dir;

  private Deletion read(String json) throws Exception {
    Path f = dir.resolve("faithfulness.json");
    Files.writeString(f, json);
    return Deletion.from(JsonInput.read(f));
  }

  @Test
  void readsAMapOfMethodToDropPerK() throws Exception {
    Deletion d = read("{\"k\": [1, 3], \"sessions\": 9, \"methods\": {"
        + "\"random\": {\"1\": 0.001, \"3\": 0.004}, \"attention\": {\"1\": 0.01, \"3\": 0.03}}}");

    assertEquals(List.of(1, 3), d.ks());
    assertEquals(List.of("attention", "random"), List.copyOf(d.drops().keySet()));
    assertEquals(0.03, d.drop("attention", 3));
    assertEquals(9.0, d.sessions());
  }

  @Test
  void readsAListOfResults() throws Exception {
    Deletion d = read("{\"k\": [1, 5], \"sessions\": 4, \"methods\": [\"attention\"],"
        + " \"results\": ["
        + "{\"k\": 1, \"method\": \"random\", \"mean_drop\": 0.002},"
        + "{\"k\": 1, \"method\": \"attention\", \"mean_drop\": 0.02},"
        + "{\"k\": 5, \"method\": \"attention\", \"mean_drop\": null}]}");

    assertEquals(List.of(1, 5), d.ks());
    assertEquals(List.of("attention", "random"), List.copyOf(d.drops().keySet()));
    assertEquals(0.02, d.drop("attention", 1));
    assertTrue(Double.isNaN(d.drop("attention", 5)));
    assertTrue(Double.isNaN(d.drop("random", 5)));
  }

  @Test
  void refusesAFileWithNoDropsNamingIt() {
    StageException e = assertThrows(StageException.class, () -> read("{\"k\": [1]}"));

    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("faithfulness.json has neither"), e.getMessage());
  }

  @Test
  void refusesAKThatIsNotANumber() {
    StageException e = assertThrows(StageException.class,
        () -> read("{\"methods\": {\"attention\": {\"top\": 0.1}}}"));

    assertTrue(e.getMessage().contains("'top' is not a number of events removed"));
  }
}
