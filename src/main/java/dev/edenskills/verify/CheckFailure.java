package dev.edenskills.verify;

/** One verification check that did not pass: its id (e.g. {@code target-resolves}) and why. */
public record CheckFailure(String check, String message) {}
