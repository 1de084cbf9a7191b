package io.attnlift.attribute;

import io.attnlift.common.Contract;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * One output table: its file name (without extension, also the warehouse table's name), its
 * contract (null for a warehouse-only table), its schema and its rows.
 */
record Table(String name, Contract contract, Schema schema, List<GenericRecord> rows) {

  /** A table of a contract. */
  Table(String name, Contract contract, List<GenericRecord> rows) {
    this(name, contract, contract.schema(), rows);
  }

  /** A fresh row of a contract. */
  static GenericRecord row(Contract c) {
    return new GenericData.Record(c.schema());
  }

  /** Puts a number, NaN or infinite as null. */
  static void num(GenericRecord r, String field, double v) {
    r.put(field, Double.isFinite(v) ? v : null);
  }

  /** Puts an interval as three columns: value, low, high. */
  static void interval(GenericRecord r, String value, String low, String high, Interval i) {
    num(r, value, i.value());
    num(r, low, i.low());
    num(r, high, i.high());
  }
}
