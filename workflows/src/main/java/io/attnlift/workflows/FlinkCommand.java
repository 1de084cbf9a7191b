package io.attnlift.workflows;

import io.attnlift.common.ExitCodes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attnlift flink start|stop|status}: a Flink 1.19 session cluster on this machine (one
 * JobManager, TaskManagers as separate processes, REST on loopback) that the preprocess stage
 * submits to with {@code --flink-master localhost:PORT}.
 */
@Command(
    name = "flink",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A local Flink session cluster for `preprocess --flink-master localhost:PORT`.",
    subcommands = {FlinkCommand.Start.class, FlinkCommand.Stop.class, FlinkCommand.Status.class})
final class FlinkCommand {
  private static final Logger LOG = LoggerFactory.getLogger(FlinkCommand.class);

  /** Where the cluster keeps its configuration, logs and pid files. */
  static final String DEFAULT_DIR = "target/flink-cluster";

  /** The options every subcommand shares. */
  abstract static class Base implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR",
        description = "The cluster's folder: configuration, logs, pid files (default:"
            + " $ATTNLIFT_HOME/" + DEFAULT_DIR + ").")
    Path dir;

    FlinkCluster cluster() {
      StageJars jars = StageJars.locate();
      Path folder = dir != null ? dir : jars.home().resolve(DEFAULT_DIR);
      return new FlinkCluster(folder, jars.home().resolve("preprocess/target/lib"));
    }
  }

  @Command(name = "start", mixinStandardHelpOptions = true,
      description = "Start a JobManager and TaskManagers; print the master's host:port.")
  static final class Start extends Base {
    @Option(names = "--port", defaultValue = "8081",
        description = "REST port on loopback (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--taskmanagers", defaultValue = "2",
        description = "TaskManager processes (default: ${DEFAULT-VALUE}).")
    int taskManagers;

    @Option(names = "--slots", defaultValue = "1",
        description = "Task slots per TaskManager (default: ${DEFAULT-VALUE}).")
    int slots;

    @Option(names = "--taskmanager-memory", defaultValue = "2g",
        description = "Process memory of each TaskManager (default: ${DEFAULT-VALUE}).")
    String tmMemory;

    @Option(names = "--jobmanager-memory", defaultValue = "1g",
        description = "Process memory of the JobManager (default: ${DEFAULT-VALUE}).")
    String jmMemory;

    @Option(names = "--timeout", defaultValue = "180",
        description = "Seconds to wait for every TaskManager (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() throws Exception {
      FlinkCluster c = cluster();
      String master = c.start(new FlinkSettings(taskManagers, slots, tmMemory, jmMemory, port),
          Duration.ofSeconds(timeout));
      LOG.info("Flink session cluster up: 1 JobManager, {} TaskManagers x {} slots, logs in {};"
          + " submit with --flink-master {}", taskManagers, slots, c.dir().resolve("log"), master);
      System.out.println(master);
      return ExitCodes.OK;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true,
      description = "Stop the cluster's processes (TaskManagers first).")
  static final class Stop extends Base {
    @Override
    public Integer call() throws Exception {
      List<String> stopped = cluster().stop(Duration.ofSeconds(30));
      LOG.info(stopped.isEmpty() ? "no cluster process was running" : "stopped {}", stopped);
      return ExitCodes.OK;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "List the cluster's live processes; exit 1 when none runs.")
  static final class Status extends Base {
    @Override
    public Integer call() throws Exception {
      Map<String, Long> alive = cluster().running();
      alive.forEach((name, pid) -> System.out.println(name + " " + pid));
      return alive.isEmpty() ? ExitCodes.FAILURE : ExitCodes.OK;
    }
  }
}
