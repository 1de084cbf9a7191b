package io.attnlift.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The model variants, each a different cut of the same sessions. {@code no-funnel} is the honest
 * model: it sees only the events strictly before the session's first funnel event (purchase
 * intent). {@code funnel-removed} is the seed's filter, a comparison: funnel events removed, the
 * rest kept up to the first conversion event, so whatever the funnel leaves behind (gaps, pages
 * outside the funnel, browsing after the add-to-cart) can leak. {@code with-funnel} keeps
 * everything and measures the leakage of the funnel itself.
 */
public enum Variant {
  NO_FUNNEL("no-funnel"),
  FUNNEL_REMOVED("funnel-removed"),
  WITH_FUNNEL("with-funnel");

  /** The ids, comma-separated, for messages. */
  private static final String IDS = String.join(", ",
      Arrays.stream(values()).map(Variant::id).toList());

  private final String id;

  Variant(String id) {
    this.id = id;
  }

  /** The variant's folder name and flag value. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The variant of an id; the punctuation of a JSON list around it ({@code ["no-funnel"}, as a
   * flag's comma split leaves Argo's {@code withParam} list) is ignored.
   */
  @JsonCreator
  public static Variant parse(String id) {
    String bare = id == null ? "" : id.replaceAll("[\\[\\]\"\\s]", "");
    return Arrays.stream(values())
        .filter(v -> v.id.equals(bare))
        .findFirst()
        .orElseThrow(
            () ->
                StageException.badInput("unknown variant '%s' (expected one of %s)", id, IDS));
  }

  /**
   * Parses a comma-separated list such as {@code "no-funnel,with-funnel"}, or the same as a JSON
   * list ({@code ["no-funnel","with-funnel"]}, the form Argo's {@code withParam} fans out over).
   */
  public static List<Variant> parseList(String ids) {
    List<Variant> list = Arrays.stream(ids.replaceAll("[\\[\\]\"\\s]", "").split(","))
        .filter(s -> !s.isEmpty())
        .map(Variant::parse)
        .distinct()
        .collect(Collectors.toList());
    if (list.isEmpty()) {
      throw StageException.badInput("no variant given in '%s'", ids);
    }
    return list;
  }

  /** True for the honest variant, the one whose attributions the report stands behind. */
  public boolean honest() {
    return this == NO_FUNNEL;
  }

  @Override
  public String toString() {
    return id;
  }
}
