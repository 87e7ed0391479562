package dev.edenskills.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafetyScannerLicenseTest {
  @TempDir Path dir;

  private final SafetyScanner scanner = new SafetyScanner();

  static final String MIT =
      """
      MIT License

      Copyright (c) 2025 Someone. All rights reserved.

      Permission is hereby granted, free of charge, to any person obtaining a copy
      of this software and associated documentation files (the "Software"), to deal
      in the Software without restriction...
      """;

  private Path skill(String name) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    Files.writeString(d.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: x\n---\n");
    return d;
  }

  private SafetyReport withFile(String fileName, String text) throws Exception {
    Path d = skill("s");
    Files.writeString(d.resolve(fileName), text);
    return scanner.scan(d);
  }

  @Test
  void anMitLicenseFileIsPermissiveEvenWithAllRightsReservedInTheCopyrightLine() throws Exception {
    SafetyReport r = withFile("LICENSE", MIT);
    assertThat(r.status()).isEqualTo(LicenseStatus.PERMISSIVE);
    assertThat(r.licenseHint()).isEqualTo("MIT (LICENSE)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LICENSE.txt|Apache License\\n Version 2.0, January 2004|PERMISSIVE|Apache-2.0",
        "LICENSE.md|# BSD 3-Clause\\nRedistribution and use in source and binary forms, with or"
            + " without modification...\\n3. Neither the name of the copyright holder|PERMISSIVE|"
            + "BSD-3-Clause",
        "COPYING|Redistribution and use in source and binary forms, with or without|PERMISSIVE|"
            + "BSD-2-Clause",
        "LICENSE|Permission to use, copy, modify, and/or distribute this software for any"
            + " purpose with or without fee|PERMISSIVE|ISC",
        "UNLICENSE|This is free and unencumbered software released into the public domain."
            + "|PERMISSIVE|Unlicense",
        "COPYING|GNU GENERAL PUBLIC LICENSE\\n Version 3, 29 June 2007|NON_PERMISSIVE|GPL",
        "LICENSE|GNU LESSER GENERAL PUBLIC LICENSE ... the GNU General Public License"
            + "|NON_PERMISSIVE|LGPL",
        "LICENSE|GNU AFFERO GENERAL PUBLIC LICENSE|NON_PERMISSIVE|AGPL-3.0",
        "LICENSE|Mozilla Public License Version 2.0 ... GNU General Public License"
            + "|NON_PERMISSIVE|MPL-2.0",
        "LICENSE.txt|© 2025 Example, Inc. All rights reserved. Use is governed by your agreement."
            + "|NON_PERMISSIVE|proprietary",
        "LICENSE|// SPDX-License-Identifier: Apache-2.0 OR MIT|PERMISSIVE|Apache-2.0 / MIT",
      })
  void wellKnownLicenseTextsAreRecognized(
      String file, String text, LicenseStatus status, String name) throws Exception {
    SafetyReport r = withFile(file, text.replace("\\n", "\n"));
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.licenseHint()).isEqualTo(name + " (" + file + ")");
  }

  @Test
  void anUnrecognizedLicenseTextIsUnknownAndSaysWhere() throws Exception {
    SafetyReport r = withFile("LICENSE", "Do whatever, but be nice.");
    assertThat(r.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(r.licenseHint()).isEqualTo("unrecognized license in LICENSE");
  }

  @Test
  void noLicenseAtAllIsUnknown() throws Exception {
    SafetyReport r = scanner.scan(skill("bare"));
    assertThat(r.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(r.licenseHint()).isEqualTo("no license found");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT|PERMISSIVE",
        "Apache 2.0|PERMISSIVE",
        "Apache License 2.0|PERMISSIVE",
        "BSD-3-Clause|PERMISSIVE",
        "Unlicense|PERMISSIVE",
        "UNLICENSED|NON_PERMISSIVE",
        "GPL-3.0-only|NON_PERMISSIVE",
        "LGPL-2.1-or-later|NON_PERMISSIVE",
        "MPL-2.0|NON_PERMISSIVE",
        "CC-BY-4.0|PERMISSIVE",
        "CC-BY-NC-4.0|NON_PERMISSIVE",
        "MIT OR GPL-3.0-only|PERMISSIVE",
        "(MIT AND GPL-2.0-only)|NON_PERMISSIVE",
        "MIT/Apache-2.0|PERMISSIVE",
        "GPL-2.0-only WITH Classpath-exception-2.0|NON_PERMISSIVE",
        "Proprietary. LICENSE.txt has complete terms|NON_PERMISSIVE",
        "Complete terms in LICENSE.txt|UNKNOWN",
        "something odd|UNKNOWN",
      })
  void frontMatterLicenseValuesAreClassified(String declared, LicenseStatus status)
      throws Exception {
    SafetyReport r = scanner.scan(ScanInput.of(skill("fm")).withDeclaredLicense(declared));
    assertThat(r.status()).as(declared).isEqualTo(status);
  }

  @Test
  void aFrontMatterPointerToTheLicenseFileIsResolvedByTheFile() throws Exception {
    Path d = skill("pointer");
    Files.writeString(d.resolve("LICENSE.txt"), MIT);
    SafetyReport r =
        scanner.scan(ScanInput.of(d).withDeclaredLicense("Complete terms in LICENSE.txt"));
    assertThat(r.status()).isEqualTo(LicenseStatus.PERMISSIVE);
    assertThat(r.licenseHint()).isEqualTo("MIT (LICENSE.txt)");
  }

  @Test
  void theStricterFindingWinsWhenFrontMatterAndFileDisagree() throws Exception {
    Path d = skill("mixed");
    Files.writeString(d.resolve("LICENSE"), "GNU GENERAL PUBLIC LICENSE Version 3");
    SafetyReport r = scanner.scan(ScanInput.of(d).withDeclaredLicense("MIT"));
    assertThat(r.status()).isEqualTo(LicenseStatus.NON_PERMISSIVE);
    assertThat(r.licenseHint()).isEqualTo("GPL (LICENSE)");
  }

  @Test
  void theRepositoryRootLicenseIsUsedWhenTheSkillHasNone() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve("LICENSE"), MIT);
    Path d = Files.createDirectories(repo.resolve("skills/pdf"));
    Files.writeString(d.resolve("SKILL.md"), "---\nname: pdf\ndescription: x\n---\n");

    assertThat(scanner.scan(d).status()).isEqualTo(LicenseStatus.UNKNOWN);
    SafetyReport r = scanner.scan(ScanInput.of(d).withRepoRoot(repo));
    assertThat(r.status()).isEqualTo(LicenseStatus.PERMISSIVE);
    assertThat(r.licenseHint()).isEqualTo("MIT (LICENSE)");
  }

  @Test
  void aLicenseFileThatIsASymlinkIsNotFollowed() throws Exception {
    Path outside = Files.writeString(dir.resolve("outside-license"), MIT);
    Path d = skill("linked");
    Files.createSymbolicLink(d.resolve("LICENSE"), outside);
    assertThat(scanner.scan(d).status()).isEqualTo(LicenseStatus.UNKNOWN);
  }
}
