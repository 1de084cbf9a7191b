package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.StageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir Path dir;

  private CsvTable read(String text, String... required) throws Exception {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, text);
    return CsvTable.read(f, List.of(required));
  }

  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaks() throws Exception {
    CsvTable t = read("store_name,n\r\n\"Burger \"\"Barn\"\", Co\",3\r\n\"two\nlines\",4\r\n",
        "store_name", "n");

    assertEquals(2, t.size());
    assertEquals("Burger \"Barn\", Co", t.str(0, "store_name"));
    assertEquals("two\nlines", t.str(1, "store_name"));
    assertEquals(4.0, t.num(1, "n"));
  }

  @Test
  void emptyCellIsNaNAndBooleansParse() throws Exception {
    CsvTable t = read("a,b,c\n,true,x\n", "a");

    assertTrue(Double.isNaN(t.num(0, "a")));
    assertTrue(t.bool(0, "b"));
    assertTrue(Double.isNaN(t.numOrNaN(0, "missing")));
    assertFalse(t.has("missing"));
  }

  @Test
  void missingColumnNamesFileAndColumn() {
    StageException e = assertThrows(StageException.class, () -> read("a,b\n1,2\n", "a", "c"));

    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("t.csv has no column 'c' (columns: a, b)"),
        e.getMessage());
  }

  @Test
  void badNumberNamesRowColumnAndValue() throws Exception {
    CsvTable t = read("a\n1\nabc\n", "a");

    StageException e = assertThrows(StageException.class, () -> t.num(1, "a"));
    assertTrue(e.getMessage().contains("row 3 column 'a': 'abc' is not a number"),
        e.getMessage());
  }

  @Test
  void rowWithTheWrongNumberOfCellsIsRefused() {
    StageException e = assertThrows(StageException.class, () -> read("a,b\n1\n", "a"));

    assertTrue(e.getMessage().contains("row 2 has 1 cells, the header has 2"), e.getMessage());
  }

  @Test
  void missingFileIsBadInputNamingIt() {
    StageException e = assertThrows(StageException.class,
        () -> CsvTable.read(dir.resolve("none.csv"), List.of()));

    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("none.csv does not exist"));
  }
}
