package dev.edenskills.discovery;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns front-matter text into a node tree, safely: the YAML is only composed into nodes, never
 * constructed into objects, so no tag can instantiate anything and an alias is a shared reference
 * rather than a copy (no "billion laughs"). A first pass over the events refuses deep nesting
 * before the recursive composer could exhaust the stack.
 */
final class YamlManifest {
  /** A front matter needs two levels (metadata); anything this deep is not a front matter. */
  static final int MAX_DEPTH = 16;

  /** Anchors are legal but pointless in a front matter; a pile of aliases is an attack. */
  static final int MAX_ALIASES = 32;

  /** Front-matter line 1 is line 2 of the file, and marks count from 0. */
  static final int LINE_OFFSET = 2;

  private YamlManifest() {}

  static ParsedSkill load(String yaml, ManifestBuilder builder) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(FrontMatter.FILE_NAME)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(FrontMatter.MAX_FRONT_MATTER_CHARS + 1024)
            .setParseComments(false)
            .setEnvConfig(Optional.empty())
            .build();
    try {
      Optional<SkillProblem> limit = checkLimits(settings, yaml);
      if (limit.isPresent()) {
        return new ParsedSkill.Invalid(java.util.List.of(limit.get()));
      }
      Optional<Node> root = new Compose(settings).composeString(yaml);
      return builder.build(root);
    } catch (MarkedYamlEngineException e) {
      return ParsedSkill.Invalid.of(SkillProblem.INVALID_YAML, describe(e));
    } catch (YamlEngineException e) {
      return ParsedSkill.Invalid.of(SkillProblem.INVALID_YAML, firstLine(e.getMessage()));
    }
  }

  private static Optional<SkillProblem> checkLimits(LoadSettings settings, String yaml) {
    int depth = 0;
    int aliases = 0;
    for (Event e : new Parse(settings).parseString(yaml)) {
      switch (e.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_DEPTH) {
            return Optional.of(
                new SkillProblem(
                    SkillProblem.YAML_TOO_COMPLEX,
                    where(e.getStartMark())
                        + "nested more than "
                        + MAX_DEPTH
                        + " levels deep; a front matter needs two"));
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        case Alias -> {
          if (++aliases > MAX_ALIASES) {
            return Optional.of(
                new SkillProblem(
                    SkillProblem.YAML_TOO_COMPLEX,
                    where(e.getStartMark())
                        + "more than "
                        + MAX_ALIASES
                        + " aliases (*name); write the values out"));
          }
        }
        default -> {}
      }
    }
    return Optional.empty();
  }

  private static String describe(MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    String text =
        context.isEmpty() ? problem : problem.isEmpty() ? context : context + ": " + problem;
    return where(mark) + SafeText.escape(text.isEmpty() ? firstLine(e.getMessage()) : text);
  }

  /** {@code "line 3, column 7: "} in file coordinates, or nothing when the parser gave no mark. */
  static String where(Optional<Mark> mark) {
    return mark.map(
            m -> "line " + (m.getLine() + LINE_OFFSET) + ", column " + (m.getColumn() + 1) + ": ")
        .orElse("");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid YAML";
    }
    int nl = s.indexOf('\n');
    return SafeText.escape(nl < 0 ? s : s.substring(0, nl));
  }
}
