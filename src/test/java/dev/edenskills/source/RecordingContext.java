package dev.edenskills.source;

import dev.edenskills.reactor.Stage;
import dev.edenskills.reactor.TaskContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TaskContext that remembers the stages and progress a task reported. */
final class RecordingContext implements TaskContext {
  final List<Stage> stages = new CopyOnWriteArrayList<>();
  final List<String> progress = new CopyOnWriteArrayList<>();

  @Override
  public void stage(Stage stage) {
    stages.add(stage);
  }

  @Override
  public void progress(String what, int done, int total) {
    progress.add(what + " " + done + "/" + total);
  }
}
