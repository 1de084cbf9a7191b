package io.attnlift.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a stage output holds, written last into the output folder as {@code manifest.json}: a
 * folder without one is partial. The next stage reads it to find and check its inputs.
 *
 * @param manifestVersion the version of this manifest format
 * @param stage the stage that wrote the output
 * @param variant the variant, or null for stages that are not per variant
 * @param runId the run
 * @param toolVersion the attnlift build
 * @param startedAt ISO-8601 UTC
 * @param finishedAt ISO-8601 UTC
 * @param seconds wall time of the stage
 * @param inputs the folders (or files) read
 * @param outputs the datasets and files written, relative to the output folder
 * @param config the resolved configuration (never a secret)
 * @param stats counts and facts a reader or the report needs (rows dropped by reason, ...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
    int manifestVersion,
    String stage,
    String variant,
    String runId,
    String toolVersion,
    String startedAt,
    String finishedAt,
    double seconds,
    List<String> inputs,
    List<Output> outputs,
    Map<String, Object> config,
    Map<String, Object> stats) {

  public static final int VERSION = 1;
  public static final String FILE_NAME = "manifest.json";

  /**
   * One dataset or file written by the stage.
   *
   * @param path relative to the output folder (a folder for a Parquet dataset)
   * @param contract the contract id for a Parquet dataset, null for other files
   * @param contractVersion the contract's schema version, 0 for other files
   * @param rows the number of records, -1 where rows mean nothing
   * @param files for a dataset, the Parquet files it holds
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Output(
      String path, String contract, int contractVersion, long rows, List<String> files) {

    /** A Parquet dataset of a contract. */
    public static Output dataset(String path, Contract contract, long rows, List<String> files) {
      return new Output(path, contract.id(), contract.version(), rows, files);
    }

    /** A plain file (JSON, CSV, model, report). */
    public static Output file(String path) {
      return new Output(path, null, 0, -1, null);
    }
  }

  /** The output at a path, or null. */
  public Output output(String path) {
    return outputs.stream().filter(o -> o.path().equals(path)).findFirst().orElse(null);
  }

  /** A stat as a number, or {@code orElse} when missing. */
  public double stat(String key, double orElse) {
    Object v = stats == null ? null : stats.get(key);
    return v instanceof Number n ? n.doubleValue() : orElse;
  }
}
