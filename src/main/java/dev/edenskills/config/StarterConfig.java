package dev.edenskills.config;

/** The commented config {@code init} writes: valid as it is, with zero skills. */
public final class StarterConfig {
  private StarterConfig() {}

  public static final String TEXT =
      """
      # eden-skills configuration (schema version 1).
      #
      # Add skills with `eden-skills add --id ID --repo REPO --target AGENT`
      # or `eden-skills install <source>`, then run `eden-skills apply`.
      # Commands that edit this file rewrite it in normalized form, without comments.

      version = 1

      [storage]
      # Where repositories and snapshots are kept; owned by eden-skills.
      root = "~/.eden-skills/store"

      [reactor]
      concurrency = 10    # repositories synced at once, 1..100 (--concurrency wins)
      timeout_secs = 120  # per git network operation; 0 = no timeout
      retries = 2         # extra attempts after a transient network error, 0..10

      # A skill looks like this (remove the leading "# " to use it):
      #
      # [[skills]]
      # id = "pdf"
      #
      # [skills.source]
      # repo = "anthropics/skills"   # owner/repo, https://, ssh://, git@host:path, file://, or ./dir
      # ref = "main"                 # branch, tag or commit SHA; default: the default branch
      # subpath = "skills/pdf"       # the directory holding SKILL.md; "." is the root
      #
      # [skills.install]
      # mode = "symlink"             # or "copy"
      #
      # [[skills.targets]]
      # agent = "claude-code"        # `eden-skills agents` lists the known agents
      # # scope = "project"          # the agent's project dir under this file's directory
      #
      # [[skills.targets]]
      # agent = "custom"
      # path = "~/my-agent/skills"
      """;
}
