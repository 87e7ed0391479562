package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * License lookup nearest first (skill folder, each parent up to the repository root, then the
 * front-matter {@code license}), and a quiet {@code doctor}: healthy installs say so in one line,
 * license and risk facts are a note in text and complete in JSON.
 */
class InstallFindsTheRepositoryLicenseTest {
  static final String MIT =
      "MIT License\n\nCopyright (c) 2026 Acme\n\nPermission is hereby granted, free of charge,"
          + " to any person obtaining a copy of this software...\n";

  @TempDir Path tmp;

  @Test
  void aRootMitLicenseCoversEverySkillAndDoctorSaysHealthy() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/licensed")
          .file("LICENSE", MIT)
          .skill("tools/y/a", "a", "A")
          .file("tools/x/LICENSE", "Apache License, Version 2.0, January 2004\n")
          .skill("tools/x/deeper/b", "b", "B")
          .file("tools/own/SKILL.md", "---\nname: own\ndescription: Own license\n---\n")
          .file("tools/own/LICENSE.md", "GNU GENERAL PUBLIC LICENSE\nVersion 3\n")
          .commit("licensed");
      CliHarness.Result r = w.install(w.url("acme/licensed"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      Path safety = w.home.resolve(".eden-skills/store/safety");
      assertThat(safety.resolve("a.toml")).content().contains("license_status = \"permissive\"");
      assertThat(safety.resolve("a.toml")).content().contains("MIT (LICENSE)");
      assertThat(safety.resolve("b.toml"))
          .as(r.toString())
          .content()
          .contains("license_status = \"permissive\"")
          .contains("Apache-2.0 (tools/x/LICENSE)");
      assertThat(safety.resolve("own.toml"))
          .content()
          .contains("license_status = \"non-permissive\"");

      CliHarness.Result doctor = w.cli.run("doctor");
      assertThat(doctor.exitCode()).as(doctor.toString()).isZero();
      assertThat(doctor.out())
          .isEqualTo(
              "doctor: healthy, nothing needs action\n"
                  + "note: LICENSE_NON_PERMISSIVE for 1 skill (own); -v or --json lists them\n");
      JsonNode doc = new ObjectMapper().readTree(w.cli.run("--json", "doctor").out());
      List<String> codes = new ArrayList<>();
      doc.path("findings").forEach(f -> codes.add(f.path("code").asText()));
      assertThat(codes).containsExactly("LICENSE_NON_PERMISSIVE");
      assertThat(w.cli.run("-v", "doctor").out())
          .contains("warning[LICENSE_NON_PERMISSIVE]")
          .contains("GPL (LICENSE.md)");
      System.out.println("[fixture root-MIT-license] found=3 installed=3 skipped=0; unknown=0");
    }
  }

  @Test
  void theFrontMatterLicenseCountsWhenNoFileSaysAnything() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/declared")
          .file(
              "skills/d/SKILL.md",
              "---\nname: d\ndescription: Declared\nlicense: Apache-2.0\n---\n")
          .skill("skills/none", "none", "No license anywhere")
          .commit("declared");
      CliHarness.Result r = w.install(w.url("acme/declared"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      Path safety = w.home.resolve(".eden-skills/store/safety");
      assertThat(safety.resolve("d.toml")).content().contains("license_status = \"permissive\"");
      assertThat(safety.resolve("none.toml")).content().contains("license_status = \"unknown\"");
      CliHarness.Result doctor = w.cli.run("doctor");
      assertThat(doctor.out()).contains("note: LICENSE_UNKNOWN for 1 skill (none)");
      assertThat(Files.readString(safety.resolve("d.toml"))).contains("front matter");
    }
  }
}
