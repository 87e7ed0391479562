package dev.edenskills.registry;

/**
 * One {@code [[versions]]} entry of an index file: a SemVer version, the ref it was published from,
 * the commit it pins (40 hex) and whether it was yanked; {@code line} is where it starts.
 */
public record IndexVersion(String version, String ref, String commit, boolean yanked, int line) {}
