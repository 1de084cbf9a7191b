package io.attnlift.attribute;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.attnlift.common.ParquetFiles;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes a {@link Table} as the Parquet dataset {@code <name>/part-00000.parquet} (what the
 * report and the warehouse read) and as the download {@code <name>.csv}: a header row, RFC 4180
 * quoting by Jackson's CSV module, '.' as the decimal point, an empty cell for null, CRLF line
 * ends; the columns are the contract's fields in order. A text cell that a spreadsheet would run
 * as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * {@code '} (OWASP's CSV-injection rule); numbers are written as numbers.
 */
final class TableFiles {
  private static final MathContext DIGITS = new MathContext(10);
  private static final CsvMapper CSV = new CsvMapper();

  private TableFiles() {}

  static void write(Path dir, Table t) throws IOException {
    writeCsv(dir.resolve(t.name() + ".csv"), t);
    ParquetFiles.write(
        dir.resolve(t.name()).resolve("part-00000.parquet"), t.contract(), t.rows());
  }

  static void writeCsv(Path file, Table t) throws IOException {
    List<Schema.Field> fields = t.contract().schema().getFields();
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    fields.forEach(f -> schema.addColumn(f.name()));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter rows = CSV.writer(schema.build()).writeValues(w)) {
      for (GenericRecord r : t.rows()) {
        List<String> cells = new ArrayList<>(fields.size());
        for (Schema.Field f : fields) {
          cells.add(cell(r.get(f.name())));
        }
        rows.write(cells);
      }
    }
  }

  /** A value as a CSV cell's text; null and NaN are an empty cell. */
  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return neutralised(v.toString());
  }

  /** Text that a spreadsheet would run as a formula, with a leading {@code '}. */
  static String neutralised(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  /** Ten significant digits in plain notation; integers without a fraction; NaN empty. */
  static String number(double d) {
    if (!Double.isFinite(d)) {
      return "";
    }
    if (d == 0) {
      return "0";
    }
    return new BigDecimal(d).round(DIGITS).stripTrailingZeros().toPlainString();
  }
}
