package io.attnlift.extract;

import io.attnlift.common.Contract;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Turns rows of the sample query (columns in contract order) into events records; a row missing
 * a required value is counted in {@link Rejects} and dropped.
 */
final class EventRows {
  private static final Schema SCHEMA = Contract.EVENTS.schema();
  private static final String[] REQUIRED = {
    "null_user_id", "null_session_id", "null_event_ts", "null_event_type", "null_event"
  };

  private final Rejects rejects;

  EventRows(Rejects rejects) {
    this.rejects = rejects;
  }

  /** The record of the current row, or null when it was rejected. */
  GenericRecord read(ResultSet rs) throws SQLException {
    GenericRecord r = new GenericData.Record(SCHEMA);
    r.put(0, rs.getString(1));
    r.put(1, rs.getString(2));
    long ts = rs.getLong(3);
    r.put(2, rs.wasNull() ? null : ts);
    for (int i = 3; i < 10; i++) {
      r.put(i, rs.getString(i + 1));
    }
    boolean nv = rs.getBoolean(11);
    r.put(10, rs.wasNull() ? null : nv);
    for (int i = 0; i < REQUIRED.length; i++) {
      if (r.get(i) == null) {
        rejects.add(REQUIRED[i], 1);
        return null;
      }
    }
    return r;
  }
}
