package io.attnlift.extract;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.StageCli;
import io.attnlift.common.json.ExtractStats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.avro.generic.GenericRecord;
import picocli.CommandLine;

/** Runs the stage's CLI in-process and reads what it wrote. */
final class Runs {
  /** The exit code and what went to stdout and stderr. */
  record Result(int code, String out, String err) {}

  private Runs() {}

  static Result cli(String... args) {
    CommandLine cl = StageCli.commandLine(new ExtractMain());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = StageCli.execute(cl, args);
    return new Result(code, out.toString(), err.toString());
  }

  static List<GenericRecord> events(Path runs, String runId) throws Exception {
    return records(runs.resolve(runId).resolve("extract/events"), Contract.EVENTS);
  }

  static List<GenericRecord> records(Path dir, Contract c) throws Exception {
    List<GenericRecord> out = new ArrayList<>();
    ParquetFiles.read(dir, c, out::add);
    return out;
  }

  static TreeSet<String> users(List<GenericRecord> events) {
    TreeSet<String> users = new TreeSet<>();
    events.forEach(e -> users.add(e.get("user_id").toString()));
    return users;
  }

  static Manifest manifest(Path runs, String runId) throws Exception {
    return Manifest.CONTRACT.read(runs.resolve(runId).resolve("extract/manifest.json"));
  }

  /** The extract stats of a run. */
  static ExtractStats stats(Path runs, String runId) throws Exception {
    return manifest(runs, runId).stats(ExtractStats.CONTRACT, runs.resolve(runId)
        .resolve("extract"));
  }
}
