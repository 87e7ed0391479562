package dev.edenskills.registry;

import dev.edenskills.config.RegistryConfig;

/** A name resolved in one registry: the index entry and the version chosen from it. */
public record Resolution(RegistryConfig registry, IndexEntry entry, IndexVersion version) {}
