package io.attnlift.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two model variants. {@code no-funnel} sees only what happened before the decision to buy (the
 * honest model); {@code with-funnel} also sees the funnel events and exists to measure leakage.
 */
public enum Variant {
  NO_FUNNEL("no-funnel"),
  WITH_FUNNEL("with-funnel");

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
                StageException.badInput(
                    "unknown variant '%s' (expected no-funnel or with-funnel)", id));
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

  @Override
  public String toString() {
    return id;
  }
}
