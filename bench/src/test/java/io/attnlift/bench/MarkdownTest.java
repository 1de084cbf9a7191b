package io.attnlift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void rendersHeaderRuleAndFormattedCells() {
    String md = new Markdown("name", "auc", "n").row("a|b", 0.73456, 12).row(null, 123.4, 5.0)
        .render();
    assertEquals("| name | auc | n |\n| --- | --- | --- |\n| a\\|b | 0.735 | 12 |\n"
        + "| — | 123 | 5 |\n", md);
  }

  @Test
  void refusesARowOfTheWrongWidth() {
    assertThrows(IllegalArgumentException.class, () -> new Markdown("a", "b").row(1));
  }

  @Test
  void splicesTablesBetweenTheMarkers() {
    String doc = "intro\n" + TableCommand.BEGIN + "\nold\n" + TableCommand.END + "\nend\n";
    assertEquals("intro\n" + TableCommand.BEGIN + "\nnew\n" + TableCommand.END + "\nend\n",
        TableCommand.splice(doc, "new\n"));
  }
}
