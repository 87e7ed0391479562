package dev.edenskills.cli.render;

import dev.edenskills.doctor.DoctorReport;
import dev.edenskills.doctor.Finding;
import dev.edenskills.doctor.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Doctor findings for humans (grouped by skill, then a one-line summary) and as JSON ({@code
 * {summary: {total, error, warning}, findings: [...]}}). Used by {@code doctor} and {@code repair},
 * so both print findings the same way.
 */
public final class DoctorRenderer {
  /** Heading of findings that belong to no skill (stale temps). */
  static final String NO_SKILL = "(store and temporary files)";

  private final Output out;

  public DoctorRenderer(Output out) {
    this.out = out;
  }

  /** One finding in JSON; absent skill or target is null. */
  public record FindingView(
      String code,
      Severity severity,
      String skillId,
      String targetPath,
      String message,
      String remediation) {
    static FindingView of(Finding f) {
      return new FindingView(
          f.code().id(),
          f.severity(),
          f.skillId().orElse(null),
          f.targetPath().map(Path::toString).orElse(null),
          f.message(),
          f.remediation());
    }
  }

  /** The JSON document of a report. */
  public record Document(DoctorReport.Summary summary, List<FindingView> findings) {}

  public static Document document(DoctorReport report) {
    return new Document(report.summary(), report.findings().stream().map(FindingView::of).toList());
  }

  /** Text: findings grouped by skill in report order, then the summary line. */
  public void text(DoctorReport report) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      groups.computeIfAbsent(f.skillId().orElse(NO_SKILL), k -> new ArrayList<>()).add(f);
    }
    groups.forEach(
        (skill, findings) -> {
          out.line(skill);
          for (Finding f : findings) {
            String where = f.targetPath().map(p -> p + ": ").orElse("");
            out.line("  " + label(f) + " " + where + f.message());
            out.line("    fix: " + f.remediation());
          }
        });
    out.line(report.summary().render());
  }

  private String label(Finding f) {
    String severity =
        f.severity() == Severity.ERROR
            ? out.paint("31", f.severity().id())
            : out.paint("33", f.severity().id());
    return severity + "[" + f.code().id() + "]";
  }
}
