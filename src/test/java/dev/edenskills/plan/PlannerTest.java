package dev.edenskills.plan;

import static dev.edenskills.adapter.TestTrees.skill;
import static dev.edenskills.adapter.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.adapter.InstallRequest;
import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.adapter.TreeHash;
import dev.edenskills.cli.render.Json;
import dev.edenskills.common.Env;
import dev.edenskills.config.InstallMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of CONTRACT §6 Phase B planning, on real directories inspected by the adapter. */
class PlannerTest {
  @TempDir Path tmp;
  final TargetAdapter adapter = new TargetAdapters(Env.system()).local();

  Path store() {
    return tmp.resolve("store");
  }

  Path target() {
    return tmp.resolve("skills/pdf");
  }

  Path snapshot(String commit) {
    return skill(store().resolve("snapshots/k/" + commit + "/pdf"), "pdf");
  }

  Desired desired(Path source, InstallMode mode) throws IOException {
    return new Desired("pdf", source, target(), mode, Optional.of(TreeHash.of(source)));
  }

  PlanEntry plan(Path source, InstallMode mode, boolean force) throws IOException {
    TargetState observed = adapter.inspect(target(), Ownership.of(store(), source));
    return Planner.plan(desired(source, mode), observed, force);
  }

  void install(Path source, InstallMode mode) {
    adapter.install(new InstallRequest("pdf", source, target(), mode, store()), false);
  }

  @Test
  void missingTargetIsCreated() throws IOException {
    PlanEntry e = plan(snapshot("c1"), InstallMode.SYMLINK, false);
    assertThat(e.action()).isEqualTo(Action.CREATE);
    assertThat(e.reasons()).containsExactly("target missing");
    assertThat(e.targetPath()).isEqualTo(target().toString());
    assertThat(e.sourcePath()).isEqualTo(snapshot("c1").toString());
    assertThat(e.installMode()).isEqualTo("symlink");
  }

  @Test
  void ownedSymlinkToTheSourceIsNoop() throws IOException {
    install(snapshot("c1"), InstallMode.SYMLINK);
    PlanEntry e = plan(snapshot("c1"), InstallMode.SYMLINK, false);
    assertThat(e.action()).isEqualTo(Action.NOOP);
    assertThat(e.reasons()).isEmpty();
  }

  @Test
  void ownedSymlinkToAnotherSnapshotIsUpdated() throws IOException {
    install(snapshot("c1"), InstallMode.SYMLINK);
    PlanEntry e = plan(snapshot("c2"), InstallMode.SYMLINK, false);
    assertThat(e.action()).isEqualTo(Action.UPDATE);
    assertThat(e.reasons()).containsExactly("symlink points to " + snapshot("c1"));
  }

  @Test
  void brokenOwnedSymlinkIsUpdated() throws IOException {
    Files.createDirectories(target().getParent());
    Files.createSymbolicLink(target(), store().resolve("snapshots/k/gone/pdf"));
    PlanEntry e = plan(snapshot("c1"), InstallMode.SYMLINK, false);
    assertThat(e.action()).isEqualTo(Action.UPDATE);
    assertThat(e.reasons().getFirst()).startsWith("symlink is broken");
  }

  @Test
  void currentCopyIsNoop() throws IOException {
    install(snapshot("c1"), InstallMode.COPY);
    assertThat(plan(snapshot("c1"), InstallMode.COPY, false).action()).isEqualTo(Action.NOOP);
  }

  @Test
  void copyWhoseContentDiffersFromTheSourceIsUpdated() throws IOException {
    install(snapshot("c1"), InstallMode.COPY);
    write(target().resolve("SKILL.md"), "edited by hand");
    PlanEntry e = plan(snapshot("c1"), InstallMode.COPY, false);
    assertThat(e.action()).isEqualTo(Action.UPDATE);
    assertThat(e.reasons()).containsExactly("content differs");

    install(snapshot("c1"), InstallMode.COPY);
    write(snapshot("c2").resolve("new.md"), "new file upstream");
    assertThat(plan(snapshot("c2"), InstallMode.COPY, false).action()).isEqualTo(Action.UPDATE);
  }

  @Test
  void copyWithoutAKnownSourceHashIsUpdatedToBeSafe() throws IOException {
    install(snapshot("c1"), InstallMode.COPY);
    TargetState observed = adapter.inspect(target(), Ownership.store(store()));
    Desired d = new Desired("pdf", snapshot("c1"), target(), InstallMode.COPY, Optional.empty());
    assertThat(Planner.plan(d, observed, false).action()).isEqualTo(Action.UPDATE);
  }

  @Test
  void changingTheModeIsAnUpdateBothWays() throws IOException {
    install(snapshot("c1"), InstallMode.SYMLINK);
    PlanEntry toCopy = plan(snapshot("c1"), InstallMode.COPY, false);
    assertThat(toCopy.action()).isEqualTo(Action.UPDATE);
    assertThat(toCopy.reasons()).containsExactly("install mode changed: symlink -> copy");

    install(snapshot("c1"), InstallMode.COPY);
    PlanEntry toLink = plan(snapshot("c1"), InstallMode.SYMLINK, false);
    assertThat(toLink.action()).isEqualTo(Action.UPDATE);
    assertThat(toLink.reasons()).containsExactly("install mode changed: copy -> symlink");
  }

  @Test
  void foreignContentIsAConflictUnlessForced() throws IOException {
    write(target().resolve("notes.md"), "mine");
    PlanEntry e = plan(snapshot("c1"), InstallMode.SYMLINK, false);
    assertThat(e.action()).isEqualTo(Action.CONFLICT);
    assertThat(e.reasons()).containsExactly("directory not managed by eden-skills");

    PlanEntry forced = plan(snapshot("c1"), InstallMode.SYMLINK, true);
    assertThat(forced.action()).isEqualTo(Action.UPDATE);
    assertThat(forced.reasons()).contains("replacing unmanaged content (--force)");
  }

  @Test
  void foreignFileAndForeignSymlinkAreConflicts() throws IOException {
    write(target(), "a file");
    assertThat(plan(snapshot("c1"), InstallMode.COPY, false).reasons())
        .containsExactly("file not managed by eden-skills");
    Files.delete(target());
    Files.createSymbolicLink(target(), skill(tmp.resolve("elsewhere"), "pdf"));
    PlanEntry e = plan(snapshot("c1"), InstallMode.SYMLINK, false);
    assertThat(e.action()).isEqualTo(Action.CONFLICT);
    assertThat(e.reasons()).containsExactly("symlink not managed by eden-skills");
  }

  @Test
  void orphansAreRemovedOnlyWhenOwned() throws IOException {
    assertThat(Planner.remove("pdf", target()).action()).isEqualTo(Action.REMOVE);
    Ownership rules = Ownership.store(store());
    assertThat(Planner.remove("pdf", target(), adapter.inspect(target(), rules)).action())
        .isEqualTo(Action.NOOP);
    install(snapshot("c1"), InstallMode.SYMLINK);
    assertThat(Planner.remove("pdf", target(), adapter.inspect(target(), rules)).action())
        .isEqualTo(Action.REMOVE);
    Files.delete(target());
    write(target().resolve("x"), "mine");
    assertThat(Planner.remove("pdf", target(), adapter.inspect(target(), rules)).action())
        .isEqualTo(Action.CONFLICT);
  }

  @Test
  void entriesSerializeWithContractFieldNamesAndLowercaseActions() throws Exception {
    PlanEntry e =
        new PlanEntry("pdf", "/s", "/t", "copy", Action.CONFLICT, List.of("file not managed"));
    var node = Json.mapper().readTree(Json.write(e));
    assertThat(node.get("skill_id").asText()).isEqualTo("pdf");
    assertThat(node.get("source_path").asText()).isEqualTo("/s");
    assertThat(node.get("target_path").asText()).isEqualTo("/t");
    assertThat(node.get("install_mode").asText()).isEqualTo("copy");
    assertThat(node.get("action").asText()).isEqualTo("conflict");
    assertThat(node.get("reasons").get(0).asText()).isEqualTo("file not managed");
  }
}
