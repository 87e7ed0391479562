package dev.edenskills.cli;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns for human output; the last column is never padded. */
final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(List.of(header));
  }

  void row(String... cells) {
    rows.add(List.of(cells));
  }

  List<String> lines() {
    int columns = rows.getFirst().size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        b.append(cell);
        if (c < columns - 1) {
          b.append(" ".repeat(width[c] - cell.length() + 2));
        }
      }
      lines.add(b.toString().stripTrailing());
    }
    return lines;
  }
}
