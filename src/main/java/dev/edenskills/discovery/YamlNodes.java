package dev.edenskills.discovery;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** How front-matter nodes are named in messages: where they are and what kind of value. */
final class YamlNodes {
  private YamlNodes() {}

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  static String at(Node node) {
    return YamlManifest.where(node.getStartMark());
  }

  static String position(Node node) {
    return node.getStartMark()
        .map(m -> "line " + (m.getLine() + YamlManifest.LINE_OFFSET))
        .orElse("an earlier line");
  }

  static String kind(Node node) {
    return switch (node) {
      case MappingNode m -> "a map";
      case SequenceNode s -> "a list";
      case ScalarNode s when s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT) ->
          "a number (" + SafeText.escape(s.getValue()) + ")";
      case ScalarNode s when s.getTag().equals(Tag.BOOL) ->
          "a boolean (" + SafeText.escape(s.getValue()) + ")";
      case ScalarNode s when s.getTag().equals(Tag.NULL) -> "no value";
      case ScalarNode s when s.getTag().equals(Tag.STR) -> "a string";
      case ScalarNode s -> "a value tagged " + SafeText.quote(s.getTag().getValue(), 40);
      default -> "an unsupported value";
    };
  }

  static String hintQuote(Node node) {
    return node instanceof ScalarNode s && s.isPlain() && !s.getTag().equals(Tag.NULL)
        ? "; put it in quotes"
        : "";
  }
}
