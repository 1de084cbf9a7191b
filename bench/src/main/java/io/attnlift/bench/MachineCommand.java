package io.attnlift.bench;

import com.sun.management.OperatingSystemMXBean;
import io.attnlift.common.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes what the numbers were measured on: cores, memory, CPU, Java, the commit, the load. */
@Command(name = "machine", description = "Describe this machine and the build under test.")
final class MachineCommand implements Callable<Integer> {
  @Option(names = "--commit", defaultValue = "", description = "The git commit measured.")
  String commit;

  @Option(names = "--mode", defaultValue = "", description = "quick or full.")
  String mode;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON to write.")
  Path out;

  @Option(names = "--finish",
      description = "Add the finish time and load average to an existing file instead.")
  boolean finish;

  @Override
  @SuppressWarnings("unchecked")
  public Integer call() throws IOException {
    if (finish) {
      Map<String, Object> r = Json.MAPPER.readValue(out.toFile(), Map.class);
      r.put("finished_at", Instant.now().toString());
      r.put("load_average_end", ProcFs.loadAverage());
      Json.write(out, r);
      return 0;
    }
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("measured_at", Instant.now().toString());
    r.put("mode", mode);
    r.put("git_commit", commit);
    r.put("cores", Runtime.getRuntime().availableProcessors());
    r.put("memory_gib", MeasureCommand.round(os.getTotalMemorySize() / Math.pow(1024, 3), 1));
    r.put("cpu", cpuModel());
    r.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    r.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + " (" + System.getProperty("java.vendor") + ")");
    r.put("load_average", ProcFs.loadAverage());
    Json.write(out, r);
    return 0;
  }

  private static String cpuModel() throws IOException {
    Path p = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(p)) {
      return "?";
    }
    return Files.readAllLines(p).stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("?");
  }
}
