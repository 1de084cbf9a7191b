package io.attnlift.report;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * One of the attribute stage's tables, read whole from its Parquet dataset under its contract (a
 * file of another contract or version is refused, naming both), with typed access by column.
 */
public final class TableData {
  private final Path dir;
  private final Contract contract;
  private final List<GenericRecord> rows;

  private TableData(Path dir, Contract contract, List<GenericRecord> rows) {
    this.dir = dir;
    this.contract = contract;
    this.rows = rows;
  }

  /** Reads the dataset folder {@code dir} of {@code contract}. */
  public static TableData read(Path dir, Contract contract) {
    List<GenericRecord> rows = new ArrayList<>();
    try {
      ParquetFiles.read(dir, contract, rows::add);
    } catch (IOException e) {
      throw StageException.badInput("cannot read %s: %s", dir, e.getMessage());
    }
    return new TableData(dir, contract, List.copyOf(rows));
  }

  public Path dir() {
    return dir;
  }

  public int size() {
    return rows.size();
  }

  /** Whether the contract has the column. */
  public boolean has(String column) {
    return contract.schema().getField(column) != null;
  }

  /** The cell as text; null is the empty string. */
  public String str(int row, String column) {
    Object v = rows.get(row).get(field(column).pos());
    return v == null ? "" : v.toString();
  }

  /** The cell as a number; null is NaN. */
  public double num(int row, String column) {
    Object v = rows.get(row).get(field(column).pos());
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** The cell as a number, or NaN when the contract has no such column. */
  public double numOrNaN(int row, String column) {
    return has(column) ? num(row, column) : Double.NaN;
  }

  /** The cell as a boolean; null is false. */
  public boolean bool(int row, String column) {
    return Boolean.TRUE.equals(rows.get(row).get(field(column).pos()));
  }

  private Schema.Field field(String column) {
    Schema.Field f = contract.schema().getField(column);
    if (f == null) {
      throw new IllegalArgumentException(
          "contract " + contract.id() + " has no column '" + column + "'");
    }
    return f;
  }
}
