package dev.edenskills.discovery;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * {@code name} and {@code description} read the installer's way (CONTRACT §1): a skill an agent
 * could load is kept under a safe id, with a warning saying what was forgiven; only a skill with no
 * usable id or no description at all is refused.
 */
final class LenientNames {
  private final String folderName;
  private final List<SkillProblem> warnings;
  private final List<SkillProblem> errors;

  LenientNames(String folderName, List<SkillProblem> warnings, List<SkillProblem> errors) {
    this.folderName = folderName;
    this.warnings = warnings;
    this.errors = errors;
  }

  Optional<String> name(NodeTuple tuple) {
    Optional<String> raw = text(tuple);
    if (raw.isPresent() && SkillName.isValid(raw.get())) {
      return raw;
    }
    String shown = raw.map(r -> SafeText.quote(r, 80)).orElse("");
    String why;
    if (raw.isEmpty()) {
      why = tuple == null ? "no name" : "name is not text";
    } else if (SafeId.looksLikeAPath(raw.get())) {
      why = "name " + shown + " is written like a path";
    } else {
      Optional<String> derived = SafeId.derive(raw.get());
      if (derived.isPresent()) {
        warnings.add(
            new SkillProblem(
                SkillProblem.NAME_OUTSIDE_SPEC,
                "name " + shown + " is outside the spec; installed as '" + derived.get() + "'"));
        return derived;
      }
      why = "name " + shown + " has no letters or digits";
    }
    Optional<String> fromFolder = SafeId.derive(folderName);
    if (fromFolder.isPresent()) {
      warnings.add(
          new SkillProblem(
              SkillProblem.NAME_FROM_FOLDER,
              why + "; installed under its folder name '" + fromFolder.get() + "'"));
      return fromFolder;
    }
    errors.add(
        new SkillProblem(
            SkillProblem.INVALID_NAME,
            why + ", and the folder name " + SafeText.quote(folderName, 80) + " gives no safe id"));
    return Optional.empty();
  }

  Optional<String> description(NodeTuple tuple) {
    Optional<String> raw = text(tuple).map(String::strip).filter(d -> !d.isEmpty());
    if (raw.isEmpty()) {
      errors.add(
          new SkillProblem(
              SkillProblem.MISSING_FIELD,
              (tuple == null ? "" : YamlNodes.at(tuple.getKeyNode()))
                  + "no description; an agent cannot tell when to use the skill"));
      return raw;
    }
    int length = raw.get().codePointCount(0, raw.get().length());
    if (length > ManifestBuilder.MAX_DESCRIPTION) {
      warnings.add(
          new SkillProblem(
              SkillProblem.DESCRIPTION_TOO_LONG,
              "description is "
                  + length
                  + " characters long (the spec allows "
                  + ManifestBuilder.MAX_DESCRIPTION
                  + ")"));
    }
    return raw;
  }

  /** The value as text when it is a plain value ({@code name: 2048} gives "2048"). */
  private static Optional<String> text(NodeTuple tuple) {
    if (tuple == null) {
      return Optional.empty();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      return Optional.of(s.getValue());
    }
    return Optional.empty();
  }
}
