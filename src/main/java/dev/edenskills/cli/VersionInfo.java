package dev.edenskills.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version and the commit it was built from, both stamped at build time. */
public final class VersionInfo implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String commit = commit();
    return new String[] {
      "eden-skills " + version() + (commit.isEmpty() ? "" : " (commit " + commit + ")")
    };
  }

  public static String version() {
    Properties p = new Properties();
    try (InputStream in =
        VersionInfo.class.getResourceAsStream("/dev/edenskills/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  public static String commit() {
    try (InputStream in = VersionInfo.class.getResourceAsStream("/dev/edenskills/commit.txt")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
