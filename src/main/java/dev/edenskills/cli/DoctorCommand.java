package dev.edenskills.cli;

import dev.edenskills.adapter.LocalAdapter;
import dev.edenskills.cli.render.DoctorRenderer;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.doctor.Doctor;
import dev.edenskills.doctor.DoctorReport;
import dev.edenskills.lock.LockRead;
import dev.edenskills.lock.LockStore;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.StoreLock;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code doctor}: report what is wrong with installs, sources and the store (CONTRACT §8). Exit 0
 * whatever it finds; with {@code --strict}, 3 when any error finding is printed. The findings
 * printed are the same either way.
 */
@Command(
    name = "doctor",
    description = "Check installs, sources and the store; print findings with remediations.")
final class DoctorCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--no-warning", description = "Print error findings only.")
  boolean noWarning;

  DoctorCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    ConfigFile config = ctx.loadConfig();
    Output out = ctx.output();
    DoctorReport report = examine(ctx, config, out);
    if (noWarning) {
      report = report.errorsOnly();
    }
    if (out.isJson()) {
      out.json(DoctorRenderer.document(report));
    } else {
      new DoctorRenderer(out, ctx.global().verbose()).text(report);
    }
    return (ctx.global().strict() && report.hasErrors() ? ExitCode.STRICT : ExitCode.OK).code();
  }

  /**
   * Examines under the store lock when there is a store, so a running apply's temporary entries are
   * never mistaken for stale ones; without a store there is nothing to lock (or create).
   */
  static DoctorReport examine(CliContext ctx, ConfigFile config, Output out)
      throws InterruptedException {
    LockRead read = LockStore.read(config.lockPath());
    if (read instanceof LockRead.Unusable u) {
      out.warn(u.reason() + "; judging installs as if nothing had been applied");
    }
    Doctor doctor = new Doctor(ctx.env(), new LocalAdapter());
    StoreLayout layout = new StoreLayout(config.storeRoot(ctx.env()));
    if (!Files.isDirectory(layout.root())) {
      return doctor.examine(config, read.lock()).report();
    }
    try (StoreLock held = StoreLock.acquire(layout.lockFile(), StoreLock.DEFAULT_WAIT, out::warn)) {
      return doctor.examine(config, LockStore.read(config.lockPath()).lock()).report();
    }
  }
}
