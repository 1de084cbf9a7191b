package io.attnlift.workflows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of the local Flink session cluster.
 *
 * @param taskManagers how many TaskManager processes
 * @param slots task slots per TaskManager
 * @param tmMemory each TaskManager's process memory ({@code 2g})
 * @param jmMemory the JobManager's process memory
 * @param restPort the REST port on loopback, the address jobs are submitted to
 */
record FlinkSettings(int taskManagers, int slots, String tmMemory, String jmMemory, int restPort) {

  /**
   * The keys that the FlinkDeployment of workflows/argo/flink-session-cluster.yaml sets too: the
   * cluster's shape and size, the same on Kubernetes and here (the values differ).
   */
  static final List<String> DEPLOYMENT_KEYS = List.of(
      "taskmanager.numberOfTaskSlots",
      "parallelism.default",
      "taskmanager.memory.process.size",
      "jobmanager.memory.process.size",
      "rest.flamegraph.enabled");

  /**
   * The keys only a cluster on one machine sets: addresses and ports on loopback, and its
   * temporary folder. On Kubernetes the operator sets the addresses and ports itself.
   */
  static final List<String> LOCAL_KEYS = List.of(
      "jobmanager.rpc.address",
      "jobmanager.rpc.port",
      "jobmanager.bind-host",
      "rest.address",
      "rest.bind-address",
      "rest.port",
      "taskmanager.host",
      "taskmanager.bind-host",
      "io.tmp.dirs");

  /** The configuration, every key of {@link #DEPLOYMENT_KEYS} then {@link #LOCAL_KEYS}. */
  Map<String, String> config(Path tmp, int rpcPort) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("taskmanager.numberOfTaskSlots", String.valueOf(slots));
    c.put("parallelism.default", String.valueOf(taskManagers * slots));
    c.put("taskmanager.memory.process.size", tmMemory);
    c.put("jobmanager.memory.process.size", jmMemory);
    c.put("rest.flamegraph.enabled", "false");
    c.put("jobmanager.rpc.address", "localhost");
    c.put("jobmanager.rpc.port", String.valueOf(rpcPort));
    c.put("jobmanager.bind-host", "127.0.0.1");
    c.put("rest.address", "localhost");
    c.put("rest.bind-address", "127.0.0.1");
    c.put("rest.port", String.valueOf(restPort));
    c.put("taskmanager.host", "localhost");
    c.put("taskmanager.bind-host", "127.0.0.1");
    c.put("io.tmp.dirs", tmp.toString());
    return c;
  }

  /** Flink 1.19's {@code conf/config.yaml}: one {@code key: value} line per key. */
  String yaml(Path tmp, int rpcPort) {
    StringBuilder out = new StringBuilder(
        "# Written by `attnlift flink start`; the first keys are the FlinkDeployment's too.\n");
    config(tmp, rpcPort).forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
    return out.toString();
  }
}
