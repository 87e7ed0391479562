package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockSerializesCommandsTest {
  @TempDir Path store;

  @Test
  void secondHolderWaitsAndIsToldWhy() throws Exception {
    Path file = store.resolve(".eden.lock");
    List<String> messages = new CopyOnWriteArrayList<>();
    CountDownLatch acquired = new CountDownLatch(1);
    StoreLock first = StoreLock.acquire(file, Duration.ofSeconds(5), messages::add);
    try {
      Thread second =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (StoreLock s =
                        StoreLock.acquire(file, Duration.ofSeconds(10), messages::add)) {
                      acquired.countDown();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
      assertThat(acquired.await(300, TimeUnit.MILLISECONDS)).isFalse();
      assertThat(messages).singleElement().asString().contains("waiting for another eden-skills");
      first.close();
      assertThat(acquired.await(10, TimeUnit.SECONDS)).isTrue();
      second.join();
    } finally {
      first.close();
    }
  }

  @Test
  void givesUpAfterTheWaitWithACodedProblem() throws Exception {
    Path file = store.resolve(".eden.lock");
    try (StoreLock held = StoreLock.acquire(file, Duration.ofSeconds(5), m -> {})) {
      List<String> messages = new ArrayList<>();
      assertThatThrownBy(() -> StoreLock.acquire(file, Duration.ofMillis(200), messages::add))
          .isInstanceOf(Problem.class)
          .hasFieldOrPropertyWithValue("errorCode", ErrorCode.STORE_LOCKED);
      assertThat(messages).hasSize(1);
    }
    // Released: can be taken again at once.
    try (StoreLock again = StoreLock.acquire(file, Duration.ZERO, m -> {})) {
      assertThat(again).isNotNull();
    }
  }
}
