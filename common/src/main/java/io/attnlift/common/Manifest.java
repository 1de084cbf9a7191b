package io.attnlift.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.json.JsonContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a stage output holds, written last into the output folder as {@code manifest.json}: a
 * folder without one is partial. The next stage reads it to find and check its inputs. It is a
 * {@link JsonContract} itself, and its {@code stats} are the stage's own stats contract.
 *
 * @param stage the stage that wrote the output
 * @param variant the variant, or empty for stages that are not per variant
 * @param runId the run
 * @param toolVersion the attnlift build
 * @param startedAt ISO-8601 UTC
 * @param finishedAt ISO-8601 UTC
 * @param seconds wall time of the stage
 * @param inputs the folders (or files) read
 * @param outputs the datasets and files written, relative to the output folder
 * @param config the resolved configuration (never a secret)
 * @param stats the stage's stats contract ({@code ExtractStats}, {@code TrainStats}, ...), read
 *     with {@link #stats(JsonContract, Path)}
 */
public record Manifest(
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
    JsonNode stats) {

  public static final String FILE_NAME = "manifest.json";
  public static final JsonContract<Manifest> CONTRACT =
      JsonContract.of("manifest", FILE_NAME, Manifest.class, 2);

  /**
   * One dataset or file written by the stage.
   *
   * @param path relative to the output folder (a folder for a Parquet dataset)
   * @param contract the contract id of a Parquet dataset or a JSON file, empty for other files
   * @param contractVersion the contract's version, 0 for other files
   * @param rows the number of records, -1 where rows mean nothing
   * @param files for a dataset, the Parquet files it holds; empty for a file
   */
  public record Output(
      String path, String contract, int contractVersion, long rows, List<String> files) {

    /** A Parquet dataset of a contract. */
    public static Output dataset(String path, Contract contract, long rows, List<String> files) {
      return new Output(path, contract.id(), contract.version(), rows, files);
    }

    /** A JSON file of a contract. */
    public static Output json(String path, JsonContract<?> contract) {
      return new Output(path, contract.id(), contract.version(), -1, List.of());
    }

    /** A plain file or folder (CSV, model, report). */
    public static Output file(String path) {
      return new Output(path, "", 0, -1, List.of());
    }

    /** Whether this is a Parquet dataset (it lists its files). */
    public boolean holdsFiles() {
      return !files.isEmpty();
    }
  }

  /** The output at a path, or null. */
  public Output output(String path) {
    return outputs.stream().filter(o -> o.path().equals(path)).findFirst().orElse(null);
  }

  /**
   * The stats, read strictly as the stage's stats contract.
   *
   * @param dir the folder this manifest was read from, for messages
   */
  public <T> T stats(JsonContract<T> contract, Path dir) {
    return contract.fromTree(stats, dir.resolve(FILE_NAME) + " (key 'stats')");
  }
}
