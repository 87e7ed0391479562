package dev.edenskills.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;

/**
 * One tiny fetch between two throwaway on-disk repositories, on the calling thread. It runs the
 * code paths every Phase A task runs first (creating a bare repository, parsing a pack, scanning
 * the pack directory), whose one-off class initialisation otherwise pins carrier threads for up to
 * 150 ms each (measured with JFR, {@code jdk.VirtualThreadPinned}).
 */
final class LocalFetchWarmUp {
  private LocalFetchWarmUp() {}

  static void run() throws IOException, org.eclipse.jgit.api.errors.GitAPIException {
    Path tmp = Files.createTempDirectory("eden-skills-warmup-");
    try {
      Path from = tmp.resolve("from.git");
      Path to = tmp.resolve("to.git");
      try (Repository src = bare(from);
          Repository dst = bare(to)) {
        ObjectId commit = commit(src);
        RefUpdate ru = src.updateRef("refs/heads/main");
        ru.setNewObjectId(commit);
        ru.update();
        try (Transport t = Transport.open(dst, new URIish(from.toUri().toURL()))) {
          t.fetch(
              NullProgressMonitor.INSTANCE,
              List.of(new RefSpec("+refs/heads/main:refs/heads/main")));
        }
        dst.parseCommit(commit);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Repository bare(Path dir) throws IOException {
    Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
    repo.create(true);
    return repo;
  }

  private static ObjectId commit(Repository repo) throws IOException {
    try (ObjectInserter ins = repo.newObjectInserter()) {
      ObjectId blob = ins.insert(Constants.OBJ_BLOB, new byte[] {'x'});
      TreeFormatter tree = new TreeFormatter();
      tree.append("x", FileMode.REGULAR_FILE, blob);
      CommitBuilder c = new CommitBuilder();
      c.setTreeId(ins.insert(tree));
      PersonIdent who = new PersonIdent("warm", "warm@localhost");
      c.setAuthor(who);
      c.setCommitter(who);
      ObjectId id = ins.insert(c);
      ins.flush();
      return id;
    }
  }
}
