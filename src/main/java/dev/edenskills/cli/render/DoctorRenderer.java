package dev.edenskills.cli.render;

import dev.edenskills.doctor.DoctorReport;
import dev.edenskills.doctor.Finding;
import dev.edenskills.doctor.FindingCode;
import dev.edenskills.doctor.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Doctor findings for humans (grouped by skill, then a one-line summary) and as JSON ({@code
 * {summary: {total, error, warning}, findings: [...]}}). Used by {@code doctor} and {@code repair},
 * so both print findings the same way.
 */
public final class DoctorRenderer {
  /** Heading of findings that belong to no skill (stale temps). */
  static final String NO_SKILL = "(store and temporary files)";

  /**
   * Facts about a skill rather than damage to repair: in text mode they are one note line (each
   * finding with {@code -v}); JSON always carries every one.
   */
  static final Set<FindingCode> FACTS =
      EnumSet.of(
          FindingCode.LICENSE_NON_PERMISSIVE,
          FindingCode.LICENSE_UNKNOWN,
          FindingCode.RISK_REVIEW_REQUIRED,
          FindingCode.NO_EXEC_METADATA_ONLY);

  /** Skill ids named per code in the note before "…". */
  private static final int NOTE_EXAMPLES = 2;

  private final Output out;
  private final boolean verbose;

  public DoctorRenderer(Output out) {
    this(out, false);
  }

  public DoctorRenderer(Output out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
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

  /**
   * Text: the findings that need action grouped by skill in report order, a note summing up the
   * license and risk facts, then the summary line; a report with nothing to act on says it is
   * healthy instead.
   */
  public void text(DoctorReport report) {
    List<Finding> facts = report.findings().stream().filter(f -> FACTS.contains(f.code())).toList();
    List<Finding> shown =
        verbose
            ? report.findings()
            : report.findings().stream().filter(f -> !FACTS.contains(f.code())).toList();
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : shown) {
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
    boolean actionNeeded = facts.size() < report.findings().size();
    if (!actionNeeded) {
      out.line("doctor: healthy, nothing needs action");
    }
    if (!facts.isEmpty() && !verbose) {
      out.line(note(facts));
    }
    if (actionNeeded || verbose) {
      out.line(report.summary().render());
    }
  }

  /** {@code note: LICENSE_UNKNOWN for 3 skills (a, b, …); -v or --json lists them}. */
  static String note(List<Finding> facts) {
    Map<FindingCode, Set<String>> byCode = new TreeMap<>();
    facts.forEach(
        f -> byCode.computeIfAbsent(f.code(), k -> new TreeSet<>()).add(f.skillId().orElse("?")));
    List<String> parts = new ArrayList<>();
    byCode.forEach(
        (code, ids) -> {
          List<String> first = ids.stream().limit(NOTE_EXAMPLES).toList();
          parts.add(
              code.id()
                  + " for "
                  + ids.size()
                  + (ids.size() == 1 ? " skill (" : " skills (")
                  + String.join(", ", first)
                  + (ids.size() > NOTE_EXAMPLES ? ", ...)" : ")"));
        });
    return "note: " + String.join("; ", parts) + "; -v or --json lists them";
  }

  private String label(Finding f) {
    String severity =
        f.severity() == Severity.ERROR
            ? out.paint("31", f.severity().id())
            : out.paint("33", f.severity().id());
    return severity + "[" + f.code().id() + "]";
  }
}
