package dev.edenskills.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Checks a composed front matter against CONTRACT §1, collecting every problem rather than stopping
 * at the first, and builds the {@link SkillManifest}. Walks only the keys it knows, two levels
 * deep, so unknown subtrees (however large or aliased) are never visited.
 */
final class ManifestBuilder {
  static final int MAX_DESCRIPTION = 1024;
  static final int MAX_COMPATIBILITY = 500;
  private static final Set<String> KNOWN =
      Set.of("name", "description", "license", "compatibility", "metadata", "allowed-tools");

  private final List<SkillProblem> errors = new ArrayList<>();
  private final List<SkillProblem> warnings = new ArrayList<>();
  private final Optional<String> folderName;

  /** While true (lenient mode, optional keys), what would be an error is only a warning. */
  private boolean soft;

  /** The author's rules ({@code check}): every deviation is an error. */
  ManifestBuilder() {
    this.folderName = Optional.empty();
  }

  /**
   * The installer's rules (CONTRACT §1): deviations that leave a safe id are warnings, and the id
   * comes from {@code name} made safe, else from {@code folderName}.
   */
  ManifestBuilder(String folderName) {
    this.folderName = Optional.of(folderName);
  }

  private boolean lenient() {
    return folderName.isPresent();
  }

  ParsedSkill build(Optional<Node> root) {
    Map<String, NodeTuple> keys = root.isEmpty() ? Map.of() : topLevel(root.get());
    if (!errors.isEmpty() && keys.isEmpty()) {
      return new ParsedSkill.Invalid(errors);
    }
    Optional<String> name;
    Optional<String> description;
    if (lenient()) {
      LenientNames names = new LenientNames(folderName.get(), warnings, errors);
      name = names.name(keys.get("name"));
      description = names.description(keys.get("description"));
    } else {
      name = required(keys, "name").flatMap(this::name);
      description = required(keys, "description").flatMap(this::description);
    }
    soft = lenient();
    Optional<String> license = optionalString(keys, "license").filter(s -> !s.isBlank());
    Optional<String> compatibility =
        optionalString(keys, "compatibility").flatMap(this::compatibility);
    Map<String, String> metadata = metadata(keys.get("metadata"));
    List<String> tools = allowedTools(keys.get("allowed-tools"));
    soft = false;
    if (!errors.isEmpty() || name.isEmpty() || description.isEmpty()) {
      return new ParsedSkill.Invalid(errors);
    }
    return new ParsedSkill.Valid(
        new SkillManifest(name.get(), description.get(), license, compatibility, metadata, tools),
        warnings);
  }

  private Map<String, NodeTuple> topLevel(Node root) {
    if (!(root instanceof MappingNode mapping)) {
      if (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
        return Map.of(); // only comments or blank lines: reported as missing keys
      }
      error(
          SkillProblem.NOT_A_MAPPING,
          root,
          "the front matter must be 'key: value' lines, found " + YamlNodes.kind(root));
      return Map.of();
    }
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      Optional<String> key = key(t.getKeyNode());
      if (key.isEmpty()) {
        continue;
      }
      NodeTuple first = keys.putIfAbsent(key.get(), t);
      if (first != null) {
        soft = lenient();
        error(
            SkillProblem.DUPLICATE_KEY,
            t.getKeyNode(),
            "key "
                + SafeText.quote(key.get(), 80)
                + " appears twice (first at "
                + YamlNodes.position(first.getKeyNode())
                + ")");
        soft = false;
      } else if (!KNOWN.contains(key.get())) {
        warnings.add(
            new SkillProblem(
                SkillProblem.UNKNOWN_KEY,
                YamlNodes.at(t.getKeyNode())
                    + "key "
                    + SafeText.quote(key.get(), 80)
                    + " is not part of the skill format; agents ignore it"));
      }
    }
    return keys;
  }

  private Optional<String> key(Node node) {
    if (node instanceof ScalarNode s) {
      return Optional.of(s.getValue());
    }
    error(
        SkillProblem.INVALID_TYPE, node, "a key must be plain text, found " + YamlNodes.kind(node));
    return Optional.empty();
  }

  private Optional<ScalarNode> required(Map<String, NodeTuple> keys, String key) {
    NodeTuple t = keys.get(key);
    if (t == null) {
      errors.add(
          new SkillProblem(SkillProblem.MISSING_FIELD, "required key '" + key + "' is missing"));
      return Optional.empty();
    }
    Node value = t.getValueNode();
    if (value instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      error(SkillProblem.MISSING_FIELD, t.getKeyNode(), "required key '" + key + "' has no value");
      return Optional.empty();
    }
    return string(key, value);
  }

  /** Absent or null is "not given"; anything else must be a string. */
  private Optional<String> optionalString(Map<String, NodeTuple> keys, String key) {
    NodeTuple t = keys.get(key);
    if (t == null || YamlNodes.isNull(t.getValueNode())) {
      return Optional.empty();
    }
    return string(key, t.getValueNode()).map(ScalarNode::getValue);
  }

  private Optional<ScalarNode> string(String key, Node value) {
    if (value instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
      return Optional.of(s);
    }
    error(
        SkillProblem.INVALID_TYPE,
        value,
        "'"
            + key
            + "' must be a string, found "
            + YamlNodes.kind(value)
            + YamlNodes.hintQuote(value));
    return Optional.empty();
  }

  private Optional<String> name(ScalarNode node) {
    Optional<String> problem = SkillName.problem(node.getValue());
    problem.ifPresent(p -> error(SkillProblem.INVALID_NAME, node, p));
    return problem.isEmpty() ? Optional.of(node.getValue()) : Optional.empty();
  }

  private Optional<String> description(ScalarNode node) {
    String d = node.getValue().strip();
    int length = d.codePointCount(0, d.length());
    if (d.isEmpty()) {
      error(
          SkillProblem.INVALID_DESCRIPTION,
          node,
          "description is empty; say what the skill does and when to use it");
      return Optional.empty();
    }
    if (length > MAX_DESCRIPTION) {
      error(
          SkillProblem.INVALID_DESCRIPTION,
          node,
          "description is " + length + " characters long; at most " + MAX_DESCRIPTION);
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private Optional<String> compatibility(String raw) {
    String c = raw.strip();
    int length = c.codePointCount(0, c.length());
    if (c.isEmpty()) {
      problem(
          new SkillProblem(
              SkillProblem.INVALID_COMPATIBILITY, "compatibility is empty; omit the key instead"));
      return Optional.empty();
    }
    if (length > MAX_COMPATIBILITY) {
      problem(
          new SkillProblem(
              SkillProblem.INVALID_COMPATIBILITY,
              "compatibility is " + length + " characters long; at most " + MAX_COMPATIBILITY));
      return Optional.empty();
    }
    return Optional.of(c);
  }

  private Map<String, String> metadata(NodeTuple t) {
    Map<String, String> out = new LinkedHashMap<>();
    if (t == null || YamlNodes.isNull(t.getValueNode())) {
      return out;
    }
    if (!(t.getValueNode() instanceof MappingNode mapping)) {
      error(
          SkillProblem.INVALID_TYPE,
          t.getValueNode(),
          "'metadata' must be a map of strings, found " + YamlNodes.kind(t.getValueNode()));
      return out;
    }
    for (NodeTuple entry : mapping.getValue()) {
      Optional<String> key = key(entry.getKeyNode());
      if (key.isEmpty()) {
        continue;
      }
      String shownKey = SafeText.quote(key.get(), 80);
      if (out.containsKey(key.get())) {
        error(
            SkillProblem.DUPLICATE_KEY,
            entry.getKeyNode(),
            "metadata key " + shownKey + " appears twice");
      } else if (entry.getValueNode() instanceof ScalarNode value) {
        // version: 1.0 is common; keep what was written rather than reject the skill
        if (!value.getTag().equals(Tag.STR)) {
          warnings.add(
              new SkillProblem(
                  SkillProblem.METADATA_NOT_STRING,
                  YamlNodes.at(value)
                      + "metadata "
                      + shownKey
                      + " is "
                      + YamlNodes.kind(value)
                      + "; kept as written, quote it to be sure"));
        }
        out.put(key.get(), value.getValue());
      } else if (lenient()) {
        // Lists and maps are common in the wild; agents ignore metadata, so the key is dropped.
        warnings.add(
            new SkillProblem(
                SkillProblem.METADATA_NOT_STRING,
                YamlNodes.at(entry.getValueNode())
                    + "metadata "
                    + shownKey
                    + " is "
                    + YamlNodes.kind(entry.getValueNode())
                    + "; left out"));
      } else {
        error(
            SkillProblem.INVALID_TYPE,
            entry.getValueNode(),
            "metadata "
                + shownKey
                + " must be a string, found "
                + YamlNodes.kind(entry.getValueNode()));
      }
    }
    return out;
  }

  private List<String> allowedTools(NodeTuple t) {
    if (t == null || YamlNodes.isNull(t.getValueNode())) {
      return List.of();
    }
    Node value = t.getValueNode();
    if (value instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
      return AllowedTools.split(s.getValue());
    }
    if (value instanceof SequenceNode seq) {
      List<String> tools = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
          if (!s.getValue().isBlank()) {
            tools.add(s.getValue().strip());
          }
        } else {
          error(
              SkillProblem.INVALID_TYPE,
              item,
              "each 'allowed-tools' entry must be a string, found " + YamlNodes.kind(item));
        }
      }
      return tools;
    }
    error(
        SkillProblem.INVALID_TYPE,
        value,
        "'allowed-tools' must be a string or a list of strings, found " + YamlNodes.kind(value));
    return List.of();
  }

  private void error(String code, Node node, String message) {
    problem(new SkillProblem(code, YamlNodes.at(node) + message));
  }

  private void problem(SkillProblem p) {
    (soft ? warnings : errors).add(p);
  }
}
