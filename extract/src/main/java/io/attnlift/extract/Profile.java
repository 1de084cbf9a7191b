package io.attnlift.extract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The events table before sampling.
 *
 * @param tableRows all rows
 * @param windowRows rows in the window
 * @param nullEventTs rows without EVENT_TS (in no window)
 * @param nullUserId window rows without USER_ID
 * @param nullSessionId window rows with a USER_ID but no SESSION_ID
 * @param windowUsers users with a usable event in the window
 */
public record Profile(
    long tableRows, long windowRows, long nullEventTs, long nullUserId, long nullSessionId,
    long windowUsers) {

  /** Runs the dialect's profile query. */
  static Profile of(Connection c, String sql, Window w) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, w.sinceTimestamp());
      ps.setString(2, w.untilTimestamp());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Profile(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6));
      }
    }
  }

  /** The rows the rejected share is measured against. */
  long consideredRows() {
    return windowRows + nullEventTs;
  }
}
