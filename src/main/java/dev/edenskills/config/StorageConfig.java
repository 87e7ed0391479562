package dev.edenskills.config;

/** {@code [storage]}: where the tool keeps repos, snapshots and safety data. */
public record StorageConfig(String root) {
  public static final StorageConfig DEFAULT = new StorageConfig("~/.eden-skills/store");
}
