package dev.edenskills.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Claude Code plugin marketplace ({@code .claude-plugin/marketplace.json}): which plugins the
 * repository ships and where their skills are. The file is the repository's, so it is read bounded,
 * and only relative paths that stay inside the repository are used; plugins fetched from elsewhere
 * (a {@code source} object) are ignored.
 */
final class PluginMarketplace {
  static final String FILE = ".claude-plugin/marketplace.json";
  private static final int MAX_BYTES = 1024 * 1024;
  private static final int MAX_PLUGINS = 1_000;

  /**
   * Where one plugin's skills are.
   *
   * @param path {@code /}-separated, relative to the repository root
   * @param container true when {@code path} is a folder of skills ({@code <plugin>/skills}), false
   *     when it is one skill named in the plugin's {@code skills} list
   */
  record Place(String plugin, String path, boolean container) {}

  private PluginMarketplace() {}

  /** The places {@code root}'s marketplace names; empty when there is none or it is unreadable. */
  static List<Place> read(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    JsonNode doc;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return List.of();
      }
      doc = new ObjectMapper().readTree(bytes);
    } catch (IOException | RuntimeException e) {
      return List.of(); // a broken marketplace file leaves the other searches to find the skills
    }
    List<Place> places = new ArrayList<>();
    JsonNode plugins = doc == null ? null : doc.get("plugins");
    if (plugins == null || !plugins.isArray()) {
      return List.of();
    }
    int count = 0;
    for (JsonNode plugin : plugins) {
      if (++count > MAX_PLUGINS) {
        break;
      }
      String name = plugin.path("name").asText("");
      Optional<String> source =
          relative(plugin.path("source").isTextual() ? plugin.path("source").asText() : null);
      if (name.isBlank() || source.isEmpty()) {
        continue;
      }
      JsonNode skills = plugin.get("skills");
      if (skills != null && skills.isArray()) {
        for (JsonNode s : skills) {
          relative(s.isTextual() ? s.asText() : null)
              .map(p -> join(source.get(), p))
              .ifPresent(p -> places.add(new Place(name, p, false)));
        }
      } else {
        places.add(new Place(name, join(source.get(), "skills"), true));
      }
    }
    return places;
  }

  /** A clean relative path ({@code .} for the root), or empty for anything that could leave. */
  static Optional<String> relative(String raw) {
    if (raw == null || raw.isBlank() || raw.contains("\\") || raw.startsWith("/")) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String seg : raw.split("/+")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..") || seg.contains(":")) {
        return Optional.empty();
      }
      parts.add(seg);
    }
    return Optional.of(parts.isEmpty() ? "." : String.join("/", parts));
  }

  private static String join(String a, String b) {
    if (a.equals(".")) {
      return b;
    }
    return b.equals(".") ? a : a + "/" + b;
  }
}
