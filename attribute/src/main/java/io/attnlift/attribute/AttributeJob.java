package io.attnlift.attribute;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.AttributeStats;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.BaselinesJson;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.InsightsJson.Insight;
import io.attnlift.common.json.InsightsJson;
import io.attnlift.common.json.RecommendationJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attribute stage for one variant: reads the train outputs, computes the tables, writes them
 * (CSV, Parquet, JSON) into {@code runs/<id>/attribute/<variant>/} and back to the warehouse, and
 * writes the manifest last.
 */
public final class AttributeJob {
  private static final Logger LOG = LoggerFactory.getLogger(AttributeJob.class);

  /** The warehouse-only table of insights. */
  static final Schema INSIGHT_SCHEMA = SchemaBuilder.record("Insight")
      .namespace("io.attnlift.attribute").fields()
      .requiredInt("idx").requiredString("text").requiredString("metric")
      .optionalDouble("value").optionalDouble("ci_low").optionalDouble("ci_high")
      .endRecord();

  private final AttributeOptions options;
  private final RunLayout layout;
  private final WriteBack writeBack;

  /**
   * @param writeBack where the tables go back to, or null for none
   */
  public AttributeJob(AttributeOptions options, RunLayout layout, WriteBack writeBack) {
    this.options = options;
    this.layout = layout;
    this.writeBack = writeBack;
  }

  /** Attributes one variant and returns its manifest. */
  public Manifest run(Variant variant) throws IOException {
    Manifests.Builder manifest = new Manifests.Builder(Stage.ATTRIBUTE, variant, layout.runId());
    TrainInputs in = TrainInputs.read(layout, variant, manifest);
    LOG.info("variant {}: {} events of {} sessions ({} converted)", variant, in.run().events(),
        in.run().sessions(), in.run().converted());
    Analysis a = new Analyzer(options).analyze(in);
    AuditJson audit = LeakageAudit.of(variant, in, a.logreg(), options.seed());
    LOG.info("variant {}: audit: {}", variant, audit.verdict().summary());
    RemovalClaims.Rule rule = options.claimRule(audit.verdict());
    List<RemovalClaims.Claim> claims = RemovalClaims.of(a.removals(), a.stores(), rule);
    LOG.info("variant {}: {} removal effects, {} supported, {} findings{}", variant,
        claims.size(), claims.stream().filter(RemovalClaims.Claim::supported).count(),
        claims.stream().filter(RemovalClaims.Claim::finding).count(),
        rule.blocked() == null ? "" : " (" + rule.blocked() + ": no finding)");
    List<Table> tables = new ArrayList<>(LiftTables.of(a));
    tables.addAll(OtherTables.of(a));
    tables.add(RemovalTable.of(claims));
    List<Insight> insights = Insights.of(a, options.earlyPositions(), options.maxInsights(),
        rule);
    try (AtomicOutput out = AtomicOutput.open(layout, Stage.ATTRIBUTE, variant)) {
      Path dir = out.dir();
      for (Table t : tables) {
        TableFiles.write(dir, t);
        manifest.file(t.name() + ".csv");
        manifest.dataset(dir, t.name(), t.contract(), t.rows().size());
      }
      manifest.json(dir, InsightsJson.CONTRACT, JsonOutputs.insights(insights, claims, rule,
              options.maxInsights()))
          .json(dir, BaselinesJson.CONTRACT, JsonOutputs.baselines(a, in.transformerTestAuc()))
          .json(dir, RecommendationJson.CONTRACT, JsonOutputs.recommendation(a.recommendation(),
              a.claimFaithfulness()))
          .json(dir, AuditJson.CONTRACT, audit);
      if (in.groundTruth() != null) {
        manifest.json(dir, GroundTruthCheckJson.CONTRACT,
            JsonOutputs.groundTruth(a, claims, in.groundTruth(), options.groundTruthTopK()));
      }
      if (writeBack != null) {
        List<Table> all = new ArrayList<>(tables);
        all.add(insightTable(insights));
        writeBack.write(layout.runId(), variant.id(), all);
      }
      manifest.stats(AttributeStats.CONTRACT, JsonOutputs.stats(a, insights.size(),
          writeBack == null ? "none" : options.writeBack().toString()));
      manifest.config(options);
      Manifest m = manifest.writeTo(dir);
      out.commit();
      return m;
    }
  }

  static Table insightTable(List<Insight> insights) {
    List<GenericRecord> rows = new ArrayList<>();
    for (int i = 0; i < insights.size(); i++) {
      Insight in = insights.get(i);
      GenericRecord r = new GenericData.Record(INSIGHT_SCHEMA);
      r.put("idx", i);
      r.put("text", in.text());
      r.put("metric", in.metric());
      Table.num(r, "value", in.value());
      Table.num(r, "ci_low", in.ciLow());
      Table.num(r, "ci_high", in.ciHigh());
      rows.add(r);
    }
    return new Table("insights", null, INSIGHT_SCHEMA, rows);
  }
}
