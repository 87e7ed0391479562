import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario's results: the samples of each variant (same run, interleaved), ratios between
 * variants, goal checks and notes, rendered as Markdown. It reports; it never fails on a number.
 */
final class Report {
  private final String title;
  private final Map<String, List<Proc.Result>> samples = new LinkedHashMap<>();
  private final Map<String, String> extra = new LinkedHashMap<>();
  private final List<String> lines = new ArrayList<>();
  private final List<String> goals = new ArrayList<>();

  Report(String title) {
    this.title = title;
  }

  void add(String variant, Proc.Result r) {
    samples.computeIfAbsent(variant, k -> new ArrayList<>()).add(r);
  }

  /** A free-form column value for a variant (e.g. server requests per run). */
  void extra(String variant, String value) {
    extra.put(variant, value);
  }

  void note(String line) {
    lines.add(line);
  }

  /** Median wall ms of a variant's successful runs. */
  Optional<Double> median(String variant) {
    List<Double> ok = wall(variant);
    return ok.isEmpty() ? Optional.empty() : Optional.of(Stats.median(ok));
  }

  Optional<Double> medianRssMb(String variant) {
    List<Double> rss = new ArrayList<>();
    for (Proc.Result r : samples.getOrDefault(variant, List.of())) {
      if (r.peakRssKb() > 0) {
        rss.add(r.peakRssKb() / 1024.0);
      }
    }
    return rss.isEmpty() ? Optional.empty() : Optional.of(Stats.median(rss));
  }

  Optional<Double> maxRssMb(String variant) {
    return samples.getOrDefault(variant, List.of()).stream()
        .filter(r -> r.peakRssKb() > 0)
        .map(r -> r.peakRssKb() / 1024.0)
        .max(Double::compare);
  }

  private List<Double> wall(String variant) {
    List<Double> ok = new ArrayList<>();
    for (Proc.Result r : samples.getOrDefault(variant, List.of())) {
      if (r.ok()) {
        ok.add(r.wallMs());
      }
    }
    return ok;
  }

  /** "a/b" of medians, e.g. how many times faster b is than a. */
  Optional<Double> ratio(String a, String b) {
    Optional<Double> ma = median(a);
    Optional<Double> mb = median(b);
    return ma.isPresent() && mb.isPresent() && mb.get() > 0
        ? Optional.of(ma.get() / mb.get())
        : Optional.empty();
  }

  /** Records a goal: met when {@code value} is present and within {@code target}. */
  void goal(String what, Optional<Double> value, String unit, double target, boolean atMost) {
    String shown = value.map(v -> fmt(v) + unit).orElse("n/a");
    String verdict =
        value.isEmpty()
            ? "not measured"
            : (atMost ? value.get() <= target : value.get() >= target) ? "met" : "MISSED";
    goals.add(
        "| %s | %s | %s %s%s | %s |"
            .formatted(what, shown, atMost ? "≤" : "≥", fmt(target), unit, verdict));
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("### ").append(title).append("\n\n");
    boolean anyRss =
        samples.values().stream().flatMap(List::stream).anyMatch(r -> r.peakRssKb() > 0);
    boolean anyCpu = samples.values().stream().flatMap(List::stream).anyMatch(r -> r.cpuMs() >= 0);
    sb.append("| variant | runs | median ms | min ms | max ms |");
    sb.append(anyCpu ? " CPU ms (median) |" : "");
    sb.append(anyRss ? " peak RSS MB (median / max) |" : "");
    sb.append(extra.isEmpty() ? "" : " server |");
    sb.append("\n| --- | --- | --- | --- | --- |").append(anyCpu ? " --- |" : "");
    sb.append(anyRss ? " --- |" : "").append(extra.isEmpty() ? "" : " --- |").append('\n');
    for (Map.Entry<String, List<Proc.Result>> e : samples.entrySet()) {
      List<Double> ok = wall(e.getKey());
      int failed = e.getValue().size() - ok.size();
      sb.append("| ").append(e.getKey()).append(" | ").append(ok.size());
      if (failed > 0) {
        sb.append(" (+").append(failed).append(" failed)");
      }
      if (ok.isEmpty()) {
        sb.append(" | - | - | - |");
      } else {
        sb.append(" | ").append(Math.round(Stats.median(ok)));
        sb.append(" | ").append(Math.round(Stats.min(ok)));
        sb.append(" | ").append(Math.round(Stats.max(ok))).append(" |");
      }
      if (anyCpu) {
        List<Double> cpu =
            e.getValue().stream().filter(Proc.Result::ok).map(Proc.Result::cpuMs).toList();
        sb.append(' ').append(cpu.isEmpty() ? "-" : Long.toString(Math.round(Stats.median(cpu))));
        sb.append(" |");
      }
      if (anyRss) {
        String med = medianRssMb(e.getKey()).map(v -> Long.toString(Math.round(v))).orElse("-");
        String max = maxRssMb(e.getKey()).map(v -> Long.toString(Math.round(v))).orElse("-");
        sb.append(' ').append(med).append(" / ").append(max).append(" |");
      }
      if (!extra.isEmpty()) {
        sb.append(' ').append(extra.getOrDefault(e.getKey(), "")).append(" |");
      }
      sb.append('\n');
    }
    if (!goals.isEmpty()) {
      sb.append("\n| goal | measured | target | |\n| --- | --- | --- | --- |\n");
      goals.forEach(g -> sb.append(g).append('\n'));
    }
    if (!lines.isEmpty()) {
      sb.append('\n');
      lines.forEach(l -> sb.append("- ").append(l).append('\n'));
    }
    for (Map.Entry<String, List<Proc.Result>> e : samples.entrySet()) {
      e.getValue().stream()
          .filter(r -> !r.ok())
          .findFirst()
          .ifPresent(
              r ->
                  sb.append("\n<details><summary>")
                      .append(e.getKey())
                      .append(" failed (exit ")
                      .append(r.exit())
                      .append(")</summary>\n\n```\n")
                      .append(r.tail().strip())
                      .append("\n```\n</details>\n"));
    }
    return sb.toString();
  }

  static String fmt(double v) {
    return v >= 100 ? Long.toString(Math.round(v)) : String.format("%.2f", v);
  }
}
