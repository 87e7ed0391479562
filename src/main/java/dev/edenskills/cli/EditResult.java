package dev.edenskills.cli;

import java.util.List;

/**
 * The {@code --json} document of a command that edits the config.
 *
 * @param action what was done: initialized, added, updated, removed, imported
 * @param ids the skills concerned
 * @param config the config file written
 */
record EditResult(String action, List<String> ids, String config) {}
