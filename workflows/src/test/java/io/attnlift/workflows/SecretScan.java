package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secret values in manifests: key material and cloud keys anywhere in the text, values of
 * password-like fields, workflow parameters named like secrets, and Secret objects. References to
 * secrets (a Secret's name and key) and placeholders such as {@code <secret access key>} are fine.
 */
final class SecretScan {
  private static final Pattern KEY_MATERIAL = Pattern.compile(
      "-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----"
          + "|\\bAKIA[0-9A-Z]{16}\\b"
          + "|\\b(?:ghp|gho|github_pat|xox[abp])_[A-Za-z0-9_]{16,}"
          + "|\\b[A-Za-z0-9+/]{60,}={0,2}");
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(password|passwd|passphrase|secret|token|private[-_]?key|access[-_]?key|api[-_]?key"
          + "|credential).*");
  private static final Pattern LITERAL = Pattern.compile(
      "(?i)(password|passwd|passphrase|secretkey|secret_key|accesskey|access_key|token|apikey)"
          + "\\s*[:=]\\s*([^\\s,}]+)");

  private SecretScan() {}

  /** The problems found in a manifest's raw text (comments included). */
  static List<String> text(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = KEY_MATERIAL.matcher(text);
    while (m.find()) {
      found.add("key material '" + abbreviate(m.group()) + "'");
    }
    Matcher l = LITERAL.matcher(text);
    while (l.find()) {
      String value = l.group(2).replaceAll("^[\"']|[\"']$", "");
      if (!isReference(value)) {
        found.add("a literal " + l.group(1) + " '" + abbreviate(value) + "'");
      }
    }
    return found;
  }

  /** The problems found in a parsed manifest document. */
  static List<String> tree(JsonNode doc) {
    List<String> found = new ArrayList<>();
    if (doc.path("kind").asText().equals("Secret")) {
      found.add("a Secret object: create it with kubectl, outside the manifests");
    }
    doc.path("spec").path("arguments").path("parameters").forEach(p -> {
      if (SECRET_NAME.matcher(p.path("name").asText()).matches()) {
        found.add("parameter '" + p.path("name").asText() + "' passes a secret as a parameter");
      }
    });
    walk(doc, "", found);
    return found;
  }

  private static void walk(JsonNode node, String path, List<String> found) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        if (v.isValueNode() && SECRET_NAME.matcher(e.getKey()).matches()
            && !e.getKey().equals("secretName") && !isReference(v.asText())) {
          found.add(path + "/" + e.getKey() + " holds a value");
        }
        walk(v, path + "/" + e.getKey(), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, found);
      }
    }
  }

  /** An empty value, a placeholder, an Argo or shell reference, or a boolean. */
  private static boolean isReference(String value) {
    return value.isEmpty() || value.startsWith("<") || value.startsWith("{{")
        || value.startsWith("$") || value.equals("true") || value.equals("false");
  }

  private static String abbreviate(String s) {
    return s.length() <= 12 ? s : s.substring(0, 12) + "...";
  }
}
