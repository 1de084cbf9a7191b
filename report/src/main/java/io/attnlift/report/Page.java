package io.attnlift.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.attnlift.common.Versions;
import io.attnlift.common.json.ExtractStats;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the report page: builds the template's scope from the run's inputs, section by section,
 * and fills {@code report.mustache}, whose {@code {{ }}} tags escape every value; only the SVG
 * charts (built by {@link Svg}, which escapes their text) are inserted as markup.
 */
final class Page {
  private static final String CAVEAT =
      "Attention shows where the model looked, not what caused an order: a driver here is a"
          + " correlation the model relies on. Treat each finding as a hypothesis and validate it"
          + " with an experiment (an A/B test) before acting on it.";

  private Page() {}

  /** The HTML of the report. */
  static String render(RunData run, Headline h, Comparison comparison) {
    Map<String, Object> scope = scope(run, h, comparison);
    Mustache m = new DefaultMustacheFactory("io/attnlift/report").compile("report.mustache");
    StringWriter w = new StringWriter();
    try {
      m.execute(w, scope).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static Map<String, Object> scope(RunData run, Headline h, Comparison comparison) {
    VariantData p = run.primary();
    ExtractStats e = run.extract().stats();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("runId", run.layout().runId());
    s.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    s.put("toolVersion", Versions.tool());
    s.put("since", e.window().since());
    s.put("until", e.window().until());
    s.put("source", e.source().kind());
    s.put("world", run.extract().world());
    s.put("cards", h.cards(run));
    s.put("verdict", verdict(run));
    s.put("primary", p.variant().id());
    s.put("recommended", h.recommendedMethod().id());
    s.put("recommendedReason", p.attribute().recommendation().reason());
    s.put("model", ModelSection.build(run));
    s.put("drivers", DriverSection.build(p));
    s.put("stores", StoreSection.build(p));
    s.put("position", PositionSection.build(p));
    s.put("insights", PositionSection.insights(p));
    s.put("insightsWithheld", PositionSection.withheld(p));
    s.put("findings", PositionSection.findings(p));
    s.put("trust", TrustSection.build(p));
    s.put("caveat", CAVEAT);
    s.put("change", ChangeSection.build(run, comparison));
    s.put("quality", QualitySection.build(run));
    s.put("tables", tables(run));
    return s;
  }

  /** The first screen's verdict, one paragraph per variant, the honest model first. */
  private static List<Map<String, Object>> verdict(RunData run) {
    Map<String, io.attnlift.common.json.SummaryJson.VariantSummary> v = LeakageVerdict.of(run);
    List<Map<String, Object>> out = new ArrayList<>();
    List<String> lines = LeakageVerdict.lines(run, v);
    List<String> ids = new ArrayList<>(v.keySet());
    int offset = lines.size() - ids.size();
    for (int i = 0; i < lines.size(); i++) {
      String id = i < offset ? "none" : ids.get(i - offset);
      String leak = i < offset ? "leaks" : v.get(id).leak();
      boolean weak = i >= offset && !v.get(id).established();
      out.add(Map.of("id", "verdict-" + id, "text", lines.get(i),
          "css", "verdict " + leak + (weak ? " unestablished" : "")));
    }
    return out;
  }

  /** The full tables copied beside the report, per variant, as relative links. */
  private static List<Map<String, Object>> tables(RunData run) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (VariantData v : run.variants()) {
      List<Map<String, Object>> links = new ArrayList<>();
      for (String f : AttributeInput.TABLE_FILES) {
        links.add(Map.of("name", f, "href", "tables/" + v.variant().id() + "/" + f));
      }
      out.add(Map.of("variant", v.variant().id(), "links", links));
    }
    return out;
  }
}
