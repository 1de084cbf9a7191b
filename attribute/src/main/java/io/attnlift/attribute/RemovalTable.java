package io.attnlift.attribute;

import io.attnlift.common.Contract;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;

/** The {@code removal_effects} table: one row per group of events with its claim. */
final class RemovalTable {
  static final String NAME = "removal_effects";

  private RemovalTable() {}

  static Table of(List<RemovalClaims.Claim> claims) {
    List<GenericRecord> rows = new ArrayList<>();
    for (RemovalClaims.Claim c : claims) {
      RemovalEffects.Effect e = c.effect();
      GenericRecord r = Table.row(Contract.REMOVAL_EFFECTS);
      r.put("level", e.group().level().id());
      r.put("group", e.group().key());
      r.put("window", e.group().window());
      r.put("name", c.name());
      r.put("sessions", e.sessions());
      r.put("converted", e.converted());
      r.put("users", e.users());
      r.put("sessions_without", e.sessionsWithout());
      r.put("converted_without", e.convertedWithout());
      r.put("occurrences", e.occurrences());
      Table.num(r, "mean_probability", e.meanProbability());
      Table.num(r, "mean_probability_without", e.meanWithout());
      Table.interval(r, "delta", "delta_ci_low", "delta_ci_high", e.delta());
      Table.interval(r, "ratio", "ratio_ci_low", "ratio_ci_high", e.ratio());
      Table.num(r, "p_value", e.pValue());
      Table.num(r, "q_value", c.qValue());
      Table.num(r, "shrunk_delta", c.shrunk());
      r.put("fits", e.stability().fits());
      r.put("fits_same_sign", e.stability().sameSign());
      Table.num(r, "fits_delta_min", e.stability().min());
      Table.num(r, "fits_delta_max", e.stability().max());
      r.put("supported", c.supported());
      r.put("finding", c.finding());
      r.put("status", c.status());
      rows.add(r);
    }
    return new Table(NAME, Contract.REMOVAL_EFFECTS, rows);
  }
}
