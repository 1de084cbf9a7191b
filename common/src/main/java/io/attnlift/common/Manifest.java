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
 * @param id this output's identity: a fresh random id at every write, so a rerun of the stage
 *     (even with the same content) is a new output, and what was built from the old one is stale
 * @param stage the stage that wrote the output
 * @param variant the variant, or empty for stages that are not per variant
 * @param runId the run
 * @param toolVersion the attnlift build
 * @param startedAt ISO-8601 UTC
 * @param finishedAt ISO-8601 UTC
 * @param seconds wall time of the stage
 * @param inputs what was read: every upstream output by its identity (stage, variant, run id,
 *     manifest id), and for extract its source (a file or table)
 * @param outputs the datasets and files written, relative to the output folder
 * @param config the resolved configuration (never a secret)
 * @param stats the stage's stats contract ({@code ExtractStats}, {@code TrainStats}, ...), read
 *     with {@link #stats(JsonContract, Path)}
 */
public record Manifest(
    String id,
    String stage,
    String variant,
    String runId,
    String toolVersion,
    String startedAt,
    String finishedAt,
    double seconds,
    List<Input> inputs,
    List<Output> outputs,
    Map<String, Object> config,
    JsonNode stats) {

  public static final String FILE_NAME = "manifest.json";
  public static final JsonContract<Manifest> CONTRACT =
      JsonContract.of("manifest", FILE_NAME, Manifest.class, 3);

  /**
   * One input of the stage: an upstream output by its identity, or (for extract) the source.
   *
   * @param stage the upstream stage, or empty for a source outside the run
   * @param variant the upstream variant, or empty
   * @param runId the run the upstream output belongs to, or empty for a source
   * @param manifestId the upstream manifest's {@link Manifest#id()}, or empty for a source
   * @param finishedAt when the upstream output was written, or empty for a source
   * @param path where it was read: the upstream folder, or the source's file or table
   */
  public record Input(String stage, String variant, String runId, String manifestId,
      String finishedAt, String path) {

    /** An upstream output read from {@code dir}. */
    public static Input of(Manifest upstream, Path dir) {
      return new Input(upstream.stage(), upstream.variant(), upstream.runId(), upstream.id(),
          upstream.finishedAt(), dir.toString());
    }

    /** A source outside the run (an export file, a warehouse table). */
    public static Input source(String where) {
      return new Input("", "", "", "", "", where);
    }

    /** Whether this is an upstream output of the run (not a source). */
    public boolean upstream() {
      return !stage.isEmpty();
    }

    /** {@code train/no-funnel}, {@code extract}. */
    public String label() {
      return variant.isEmpty() ? stage : stage + "/" + variant;
    }
  }

  /** {@code train/no-funnel}, {@code extract}: the output's place in its run. */
  public String label() {
    return variant.isEmpty() ? stage : stage + "/" + variant;
  }

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
