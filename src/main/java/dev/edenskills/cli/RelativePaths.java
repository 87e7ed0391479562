package dev.edenskills.cli;

import dev.edenskills.config.Config;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetSpec;

/** Whether a config holds paths that resolve against its own directory (CONTRACT §2). */
final class RelativePaths {
  private RelativePaths() {}

  static boolean any(Config config) {
    if (relative(config.storage().root())) {
      return true;
    }
    for (SkillSpec skill : config.skills()) {
      String repo = skill.source().repo();
      if (repo.equals(".")
          || repo.equals("..")
          || repo.startsWith("./")
          || repo.startsWith("../")) {
        return true;
      }
      for (TargetSpec t : skill.targets()) {
        if (t.path().filter(RelativePaths::relative).isPresent()
            || t.scope() == dev.edenskills.config.Scope.PROJECT) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean relative(String path) {
    return !path.startsWith("/") && !path.startsWith("~");
  }
}
