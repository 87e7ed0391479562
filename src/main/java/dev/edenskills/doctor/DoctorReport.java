package dev.edenskills.doctor;

import java.util.List;

/** Every finding of one doctor run, in a fixed order: config order, then orphans, then temps. */
public record DoctorReport(List<Finding> findings) {
  public DoctorReport {
    findings = List.copyOf(findings);
  }

  /** {@code summary} in JSON and the last line of text output. */
  public record Summary(int total, int error, int warning) {
    public String render() {
      return "doctor: %d finding%s (%d error%s, %d warning%s)"
          .formatted(
              total,
              total == 1 ? "" : "s",
              error,
              error == 1 ? "" : "s",
              warning,
              warning == 1 ? "" : "s");
    }
  }

  public Summary summary() {
    int errors = (int) findings.stream().filter(Finding::isError).count();
    return new Summary(findings.size(), errors, findings.size() - errors);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** The same report without warnings ({@code --no-warning}). */
  public DoctorReport errorsOnly() {
    return new DoctorReport(findings.stream().filter(Finding::isError).toList());
  }

  public boolean has(FindingCode code) {
    return findings.stream().anyMatch(f -> f.code() == code);
  }
}
