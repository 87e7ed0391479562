package dev.edenskills.reactor;

/** A Phase A task made of a lambda, for reactor tests. */
record FakeTask<T>(String name, Stage initialStage, FakeTask.Body<T> body)
    implements SourceTask<T> {
  interface Body<T> {
    T run(TaskContext context) throws Exception;
  }

  static <T> FakeTask<T> of(String name, Body<T> body) {
    return new FakeTask<>(name, Stage.CLONE, body);
  }

  @Override
  public T run(TaskContext context) throws Exception {
    return body.run(context);
  }
}
