package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Symlinks are judged by where they really lead, through the tree's other links. */
class SymlinkPolicyTest {
  @Test
  void relativeLinksInsideTheRepoStay() {
    assertThat(SymlinkPolicy.staysInside("a/b/l", Map.of("a/b/l", "../../c/d"))).isTrue();
    assertThat(SymlinkPolicy.staysInside("l", Map.of("l", "./x/./y"))).isTrue();
    assertThat(SymlinkPolicy.staysInside("a/l", Map.of("a/l", ".."))).isTrue();
  }

  @Test
  void absoluteAndClimbingLinksAreRejected() {
    assertThat(SymlinkPolicy.staysInside("l", Map.of("l", "/etc/passwd"))).isFalse();
    assertThat(SymlinkPolicy.staysInside("l", Map.of("l", "C:\\Windows"))).isFalse();
    assertThat(SymlinkPolicy.staysInside("a/l", Map.of("a/l", "../../x"))).isFalse();
    assertThat(SymlinkPolicy.staysInside("l", Map.of("l", ".."))).isFalse();
    assertThat(SymlinkPolicy.staysInside("l", Map.of("l", ""))).isFalse();
    assertThat(SymlinkPolicy.staysInside("l", Map.of("l", "a\\..\\..\\x"))).isFalse();
  }

  @Test
  void chainsAreFollowed() {
    // lexically "d/../x/.." is ".", but x -> "." makes it the repo's parent
    assertThat(SymlinkPolicy.staysInside("d/s", Map.of("d/s", "../x/..", "x", "."))).isFalse();
    assertThat(SymlinkPolicy.staysInside("s", Map.of("s", "x/y", "x", "a/b"))).isTrue();
    assertThat(SymlinkPolicy.staysInside("s", Map.of("s", "x/f", "x", "../out"))).isFalse();
  }

  @Test
  void loopsAreRejected() {
    assertThat(SymlinkPolicy.staysInside("a", Map.of("a", "b/z", "b", "a/z"))).isFalse();
  }
}
