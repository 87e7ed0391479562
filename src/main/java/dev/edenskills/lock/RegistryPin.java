package dev.edenskills.lock;

/**
 * How a skill named through a registry was resolved (CONTRACT §11): the registry that offered it,
 * the skill's name there and the exact version whose commit the entry pins.
 */
public record RegistryPin(String registry, String name, String version) {}
