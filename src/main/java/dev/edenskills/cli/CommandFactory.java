package dev.edenskills.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds command objects, giving each the {@link CliContext} through its constructor when it
 * declares one, so commands get their environment as a parameter rather than from globals.
 */
final class CommandFactory implements IFactory {
  private final IFactory fallback = CommandLine.defaultFactory();
  private CliContext context;

  void context(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == GlobalOptions.class) {
      // One instance for the whole command tree: inherited copies write to it.
      return cls.cast(context.global());
    }
    for (Constructor<?> c : cls.getDeclaredConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
        c.setAccessible(true);
        return cls.cast(c.newInstance(context));
      }
    }
    return fallback.create(cls);
  }
}
