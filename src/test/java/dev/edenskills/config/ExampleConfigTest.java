package dev.edenskills.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.Env;
import dev.edenskills.source.RepoLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** skills.example.toml must load, stay offline, and never point at a real agent directory. */
class ExampleConfigTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @TempDir Path home;

  @Test
  void theExampleLoadsStrictlyAndStaysInsideTheRepository() throws IOException {
    Path file = ROOT.resolve("skills.example.toml");
    ConfigLoader.Result r = ConfigLoader.load(file.toString(), Files.readString(file), true);
    Config config = r.config();
    assertThat(r.warnings()).isEmpty();
    assertThat(config.skills()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(config.skills())
        .extracting(SkillSpec::mode)
        .contains(InstallMode.SYMLINK, InstallMode.COPY);

    Env env = Env.of(Map.of("HOME", home.toString()), ROOT, Clock.systemUTC(), false);
    ConfigFile cf = new ConfigFile(file, config);
    assertThat(cf.storeRoot(env)).isEqualTo(ROOT.resolve("target/example/store"));
    for (SkillSpec skill : config.skills()) {
      RepoLocation location = RepoLocation.parse(skill.source().repo(), env, cf.baseDir());
      assertThat(location).isInstanceOf(RepoLocation.Local.class);
      Path dir =
          ((RepoLocation.Local) location).dir().resolve(skill.source().subpath()).normalize();
      assertThat(dir).startsWithRaw(ROOT.resolve("examples/skills"));
      assertThat(dir.resolve("SKILL.md")).isRegularFile();
      assertThat(Files.readString(dir.resolve("SKILL.md")))
          .startsWith("---\nname: " + skill.id() + "\ndescription: ");
      for (TargetSpec target : skill.targets()) {
        assertThat(target.agent()).isEqualTo(TargetSpec.CUSTOM);
        assertThat(TargetResolver.resolve(target, env, cf.baseDir()))
            .startsWithRaw(ROOT.resolve("target/example/agents"));
      }
    }
  }
}
