package dev.edenskills.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code Main} runs before it halts the JVM: every task, once, whatever the others do. */
class ExitTasksTest {
  @Test
  void everyTaskRunsOnceEvenWhenAnEarlierOneThrows() {
    List<String> ran = new ArrayList<>();
    ExitTasks.register(() -> ran.add("first"));
    ExitTasks.register(
        () -> {
          throw new IllegalStateException("clean-up failed");
        });
    ExitTasks.register(() -> ran.add("third"));

    ExitTasks.run();
    ExitTasks.run();

    assertThat(ran).containsExactly("first", "third");
  }
}
