package io.attnlift.bench;

import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Renders every JSON file of a results folder into one Markdown page, and optionally splices the
 * tables into another Markdown file between {@code <!-- results:begin -->} and
 * {@code <!-- results:end -->}.
 */
@Command(name = "table", description = "Render the results folder's JSON files as Markdown.")
final class TableCommand implements Callable<Integer> {
  static final String BEGIN = "<!-- results:begin -->";
  static final String END = "<!-- results:end -->";

  @Option(names = "--results", required = true, paramLabel = "DIR",
      description = "The folder of result JSON files.")
  Path results;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The Markdown file to write.")
  Path out;

  @Option(names = "--splice-into", paramLabel = "FILE",
      description = "A Markdown file whose results markers get the tables too.")
  Path spliceInto;

  @Override
  public Integer call() throws IOException {
    String tables = new ResultsTable(read(results)).render();
    String page = "# attnlift benchmark results\n\n"
        + "Written by `bench/run.sh`; see `bench/README.md` for what each number means.\n\n"
        + tables;
    Files.writeString(out, page, StandardCharsets.UTF_8);
    if (spliceInto != null) {
      Files.writeString(spliceInto,
          splice(Files.readString(spliceInto, StandardCharsets.UTF_8), tables),
          StandardCharsets.UTF_8);
    }
    return 0;
  }

  /** Replaces what lies between the markers with the tables; the markers must both be there. */
  static String splice(String doc, String tables) {
    int b = doc.indexOf(BEGIN);
    int e = doc.indexOf(END);
    if (b < 0 || e < b) {
      throw StageException.badInput("no %s ... %s markers to splice the results into", BEGIN, END);
    }
    return doc.substring(0, b + BEGIN.length()) + "\n" + tables + doc.substring(e);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw StageException.badInput("no results folder %s", dir);
    }
    Map<String, Map<String, Object>> files = new TreeMap<>();
    List<Path> jsons;
    try (Stream<Path> s = Files.list(dir)) {
      jsons = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path p : jsons) {
      String name = p.getFileName().toString().replaceFirst("\\.json$", "");
      try {
        files.put(name, Json.MAPPER.readValue(p.toFile(), Map.class));
      } catch (IOException e) {
        throw StageException.badInput("unreadable result %s: %s", p, e.getMessage());
      }
    }
    return files;
  }
}
