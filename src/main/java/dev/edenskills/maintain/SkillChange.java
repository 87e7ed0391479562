package dev.edenskills.maintain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * One skill after {@code update}: the commit the lock recorded before and after, and what that
 * means.
 */
public record SkillChange(
    String id,
    Optional<String> oldCommit,
    Optional<String> newCommit,
    Status status,
    Optional<String> detail) {

  /** How an update ended for one skill. */
  public enum Status {
    /** The ref moved: a new commit is installed. */
    UPDATED,
    /** The ref still names the locked commit. */
    UNCHANGED,
    /** Not locked before (first install). */
    INSTALLED,
    /** The sync or the install failed; the old install (if any) is still in place. */
    FAILED;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code abc1234 -> def5678}, {@code abc1234 (unchanged)}, {@code local}… */
  public String render() {
    String old = oldCommit.map(SkillChange::shortSha).orElse("none");
    String now = newCommit.map(SkillChange::shortSha).orElse("none");
    return switch (status) {
      case UPDATED, INSTALLED -> old + " -> " + now + detail.map(d -> " (" + d + ")").orElse("");
      case UNCHANGED -> now + " (unchanged" + detail.map(d -> ", " + d).orElse("") + ")";
      case FAILED -> old + " (failed: " + detail.orElse("unknown error") + ")";
    };
  }

  /** The first 7 hex digits; a local directory (no commit) shows as {@code local}. */
  public static String shortSha(String commit) {
    return commit.isEmpty() ? "local" : commit.substring(0, Math.min(7, commit.length()));
  }
}
