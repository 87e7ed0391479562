package dev.edenskills.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a symlink in a commit stays inside the repository (CONTRACT §8). It resolves the
 * link the way the OS would, through the other links of the same tree, so chains like {@code a ->
 * x/..} with {@code x -> .} cannot climb out where a purely textual check would let them.
 */
final class SymlinkPolicy {
  private static final int MAX_HOPS = 40;

  private SymlinkPolicy() {}

  /**
   * True when the link at {@code linkPath} (repo-relative, {@code /}-separated) resolves inside the
   * repository, given every symlink of the tree ({@code path -> target}). Missing entries are fine:
   * a dangling link inside the tree stays dangling.
   */
  static boolean staysInside(String linkPath, Map<String, String> links) {
    List<String> dir = new ArrayList<>(components(linkPath));
    dir.removeLast();
    String target = links.get(linkPath);
    if (target == null || target.isEmpty() || isAbsolute(target)) {
      return false;
    }
    Deque<String> todo = new ArrayDeque<>(components(target));
    int hops = 0;
    while (!todo.isEmpty()) {
      String c = todo.removeFirst();
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (dir.isEmpty()) {
          return false;
        }
        dir.removeLast();
        continue;
      }
      String here = dir.isEmpty() ? c : String.join("/", dir) + "/" + c;
      String next = links.get(here);
      if (next == null) {
        dir.add(c);
        continue;
      }
      if (++hops > MAX_HOPS || next.isEmpty() || isAbsolute(next)) {
        return false;
      }
      // A link resolves relative to the directory holding it, which is `dir` right now.
      List<String> parts = components(next);
      for (int i = parts.size() - 1; i >= 0; i--) {
        todo.addFirst(parts.get(i));
      }
    }
    return true;
  }

  /** Absolute on any OS the snapshot might be used on: {@code /x}, {@code \x}, {@code C:x}. */
  static boolean isAbsolute(String target) {
    return target.startsWith("/")
        || target.startsWith("\\")
        || target.length() >= 2 && Character.isLetter(target.charAt(0)) && target.charAt(1) == ':';
  }

  private static List<String> components(String path) {
    return List.of(path.replace('\\', '/').split("/", -1));
  }
}
