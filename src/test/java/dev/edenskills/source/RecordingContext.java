package dev.edenskills.source;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A SyncProgress that remembers the stages and progress a task reported. */
final class RecordingContext implements SyncProgress {
  final List<SyncStage> stages = new CopyOnWriteArrayList<>();
  final List<String> progress = new CopyOnWriteArrayList<>();

  @Override
  public void stage(SyncStage stage) {
    stages.add(stage);
  }

  @Override
  public void progress(String what, int done, int total) {
    progress.add(what + " " + done + "/" + total);
  }
}
