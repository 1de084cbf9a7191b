package io.attnlift.attribute;

import io.attnlift.common.ParquetFiles;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes a {@link Table} as {@code <name>.csv} (header row, RFC 4180 quoting, '.' decimal point,
 * empty cell for null, CRLF line ends) and as the Parquet dataset
 * {@code <name>/part-00000.parquet}; the columns are the contract's fields in order.
 */
final class TableFiles {
  private static final MathContext DIGITS = new MathContext(10);

  private TableFiles() {}

  static void write(Path dir, Table t) throws IOException {
    writeCsv(dir.resolve(t.name() + ".csv"), t);
    ParquetFiles.write(
        dir.resolve(t.name()).resolve("part-00000.parquet"), t.contract(), t.rows());
  }

  static void writeCsv(Path file, Table t) throws IOException {
    List<Schema.Field> fields = t.contract().schema().getFields();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(fields.stream().map(f -> quote(f.name())).collect(Collectors.joining(",")));
      w.write("\r\n");
      for (GenericRecord r : t.rows()) {
        w.write(fields.stream().map(f -> cell(r.get(f.name()))).collect(Collectors.joining(",")));
        w.write("\r\n");
      }
    }
  }

  /** A value as a CSV cell. */
  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    return quote(v.toString());
  }

  /** Ten significant digits in plain notation; integers without a fraction. */
  static String number(double d) {
    if (!Double.isFinite(d)) {
      return "";
    }
    if (d == 0) {
      return "0";
    }
    return new BigDecimal(d).round(DIGITS).stripTrailingZeros().toPlainString();
  }

  /** Quotes a text cell when it holds a comma, quote, CR or LF (RFC 4180). */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
