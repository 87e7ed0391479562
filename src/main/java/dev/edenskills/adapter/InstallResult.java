package dev.edenskills.adapter;

import java.util.Optional;

/**
 * What an install replaced and, for a copy, the content hash recorded in its marker (a symlink
 * install leaves hashing to the caller, who usually knows the snapshot's hash already).
 */
public record InstallResult(TargetState replaced, Optional<String> contentHash) {}
