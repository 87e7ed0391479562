package dev.edenskills.reactor;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event (and any marker a test adds) in one list, in the order they happened. */
final class RecordingListener implements ProgressListener {
  private final List<Object> log = new ArrayList<>();

  @Override
  public synchronized void on(ProgressEvent event) {
    log.add(event);
  }

  synchronized void mark(String marker) {
    log.add(marker);
  }

  synchronized List<Object> snapshot() {
    return List.copyOf(log);
  }

  synchronized <E> List<E> events(Class<E> type) {
    return log.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
