package dev.edenskills.discovery;

import java.util.SortedSet;
import java.util.TreeSet;

/** One answer to the picker's prompt: the 1-based numbers chosen, or why the answer is unclear. */
public sealed interface Selection {
  record Chosen(SortedSet<Integer> numbers) implements Selection {}

  record Bad(String reason) implements Selection {}

  /** Parses {@code 1,3-5}, {@code 2 4}, {@code all}, {@code none}, or blank (all). */
  public static Selection parse(String answer, int count) {
    String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
    SortedSet<Integer> numbers = new TreeSet<>();
    if (a.isEmpty() || a.equals("all") || a.equals("a")) {
      for (int i = 1; i <= count; i++) {
        numbers.add(i);
      }
      return new Chosen(numbers);
    }
    if (a.equals("none") || a.equals("n")) {
      return new Chosen(numbers);
    }
    for (String token : a.split("[,\\s]+")) {
      if (token.isEmpty()) {
        continue;
      }
      String[] ends = token.split("-", -1);
      if (ends.length > 2
          || !ends[0].matches("\\d{1,6}")
          || ends.length == 2 && !ends[1].matches("\\d{1,6}")) {
        return new Bad("'" + SafeText.escape(token) + "' is not a number or a range like 3-5");
      }
      int from = Integer.parseInt(ends[0]);
      int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
      if (from > to) {
        return new Bad("'" + token + "' runs backwards");
      }
      if (from < 1 || to > count) {
        return new Bad("'" + token + "' is outside 1-" + count);
      }
      for (int i = from; i <= to; i++) {
        numbers.add(i);
      }
    }
    return numbers.isEmpty() ? new Bad("no numbers given") : new Chosen(numbers);
  }
}
