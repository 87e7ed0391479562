package dev.edenskills.safety;

/** The risk labels of CONTRACT §8: stable strings, written to safety files and shown by doctor. */
public final class RiskLabels {
  public static final String SHELL_SCRIPT = "contains-shell-script";
  public static final String PYTHON_SCRIPT = "contains-python-script";
  public static final String EXECUTABLE = "contains-executable";
  public static final String BINARY = "contains-binary";
  public static final String PIPES_DOWNLOAD_TO_SHELL = "pipes-download-to-shell";
  public static final String SYMLINK_OUTSIDE_REPO = "symlink-outside-repo";

  private RiskLabels() {}
}
