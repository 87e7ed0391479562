package dev.edenskills.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a license from an SPDX expression, a front-matter value or a license file's text. A
 * heuristic: it recognizes the common licenses and says UNKNOWN for anything else.
 */
final class LicenseClassifier {
  /** A recognized license: its status and a short name such as "MIT". */
  record Verdict(LicenseStatus status, String name) {
    static final Verdict UNKNOWN = new Verdict(LicenseStatus.UNKNOWN, "");
  }

  private record Rule(Pattern pattern, LicenseStatus status, String name) {}

  private static final LicenseStatus P = LicenseStatus.PERMISSIVE;
  private static final LicenseStatus N = LicenseStatus.NON_PERMISSIVE;

  /** SPDX ids and common spellings of them, matched against a whole expression term. */
  private static final List<Rule> IDS =
      List.of(
          id("mit(-0)?|mit license|x11|expat", P, "MIT"),
          id("apache([- ]?license)?[-, ]*(version |v)?2(\\.0)?", P, "Apache-2.0"),
          id("bsd-2-clause.*|bsd 2-clause.*|simplified bsd|freebsd", P, "BSD-2-Clause"),
          id("bsd(-3-clause.*| 3-clause.*)?|new bsd|modified bsd", P, "BSD-3-Clause"),
          id("0bsd|isc( license)?", P, "ISC"),
          id("unlicense|the unlicense", P, "Unlicense"),
          id("cc0(-1\\.0)?|cc0 1\\.0|public domain", P, "CC0-1.0"),
          id("zlib|bsl-1\\.0|boost|python-2\\.0|psf(-2\\.0)?|wtfpl", P, "permissive"),
          id("cc-by-[0-9.]+|cc by [0-9.]+", P, "CC-BY"),
          id("agpl.*|gnu agpl.*", N, "AGPL"),
          id("lgpl.*|gnu lgpl.*", N, "LGPL"),
          id("gpl.*|gnu gpl.*|gplv[0-9].*", N, "GPL"),
          id("mpl.*|mozilla.*", N, "MPL-2.0"),
          id("epl.*|eupl.*|cddl.*|cpl.*|osl.*", N, "weak copyleft"),
          id("cc-by-(nc|nd|sa).*|cc by-(nc|nd|sa).*", N, "CC-BY restricted"),
          id("sspl.*|busl.*|elastic.*|commons-clause.*", N, "source-available"),
          id("unlicensed|proprietary.*|commercial|all rights reserved", N, "proprietary"));

  /**
   * Phrases from license texts. Order matters: LGPL/AGPL/MPL texts mention the GPL, so they come
   * before it; BSD and MIT texts often carry "All rights reserved" in their copyright line, so the
   * proprietary fallback is last.
   */
  private static final List<Rule> TEXTS =
      List.of(
          text("gnu affero general public license", N, "AGPL-3.0"),
          text("gnu (lesser|library) general public license", N, "LGPL"),
          text("mozilla public license", N, "MPL-2.0"),
          text("eclipse public license|european union public licen[cs]e", N, "EPL/EUPL"),
          text("gnu general public license", N, "GPL"),
          text("server side public license|business source license", N, "source-available"),
          text("creative commons.*(noncommercial|non-commercial)", N, "CC-BY-NC"),
          text("creative commons.*(noderivatives|no derivatives|noderivs)", N, "CC-BY-ND"),
          text("creative commons.*(sharealike|share-alike|share alike)", N, "CC-BY-SA"),
          text("cc0 1\\.0 universal|creative commons legal code cc0", P, "CC0-1.0"),
          text("creative commons attribution [0-9.]+ international", P, "CC-BY-4.0"),
          text("apache license,? version 2\\.0|apache license 2\\.0", P, "Apache-2.0"),
          text("permission is hereby granted, free of charge, to any person obtaining", P, "MIT"),
          text(
              "redistribution and use in source and binary forms.*(neither the name|endorse or"
                  + " promote)",
              P,
              "BSD-3-Clause"),
          text("redistribution and use in source and binary forms", P, "BSD-2-Clause"),
          text(
              "permission to use, copy, modify,? and(/or)? distribute this software for any"
                  + " purpose",
              P,
              "ISC"),
          text(
              "this is free and unencumbered software released into the public domain",
              P,
              "Unlicense"),
          text("boost software license", P, "BSL-1.0"),
          text("altered source versions must be plainly marked", P, "Zlib"),
          text("do what the fuck you want to", P, "WTFPL"),
          text("\\bproprietary\\b|all rights reserved|unlicensed", N, "proprietary"));

  private static final Pattern SPDX_LINE =
      Pattern.compile("spdx-license-identifier:\\s*([^\\n]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPRESSION = Pattern.compile("[A-Za-z0-9.+()/\\- ]+");

  private LicenseClassifier() {}

  private static Rule id(String regex, LicenseStatus status, String name) {
    return new Rule(Pattern.compile(regex), status, name);
  }

  private static Rule text(String regex, LicenseStatus status, String name) {
    return new Rule(Pattern.compile(regex), status, name);
  }

  /** A front-matter {@code license} value: an SPDX expression, or free text like "MIT License". */
  static Verdict declared(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Verdict.UNKNOWN;
    }
    if (EXPRESSION.matcher(v).matches()) {
      Verdict verdict = expression(v);
      if (verdict.status() != LicenseStatus.UNKNOWN) {
        return verdict;
      }
    }
    return text(v);
  }

  /** The contents of a LICENSE/COPYING file. */
  static Verdict text(String content) {
    Matcher spdx = SPDX_LINE.matcher(content);
    if (spdx.find()) {
      Verdict verdict = expression(spdx.group(1).strip());
      if (verdict.status() != LicenseStatus.UNKNOWN) {
        return verdict;
      }
    }
    String normalized = normalize(content);
    for (Rule rule : TEXTS) {
      if (rule.pattern().matcher(normalized).find()) {
        return new Verdict(rule.status(), rule.name());
      }
    }
    return Verdict.UNKNOWN;
  }

  /**
   * {@code A OR B}: usable under the most permissive alternative. {@code A AND B}: bound by the
   * least permissive term. Parentheses are ignored and WITH exceptions dropped: good enough for the
   * expressions skills actually declare.
   */
  static Verdict expression(String expression) {
    String e = expression.replace('(', ' ').replace(')', ' ').strip();
    String[] alternatives = e.split("(?i)\\s+or\\s+|\\s*/\\s*");
    if (alternatives.length > 1) {
      List<Verdict> verdicts = new ArrayList<>();
      for (String a : alternatives) {
        verdicts.add(expression(a));
      }
      return pick(verdicts, LicenseStatus.PERMISSIVE, LicenseStatus.NON_PERMISSIVE);
    }
    String[] terms = e.split("(?i)\\s+and\\s+");
    if (terms.length > 1) {
      List<Verdict> verdicts = new ArrayList<>();
      for (String t : terms) {
        verdicts.add(expression(t));
      }
      return pick(verdicts, LicenseStatus.NON_PERMISSIVE, LicenseStatus.UNKNOWN);
    }
    String term = normalize(e.split("(?i)\\s+with\\s+")[0]).strip();
    return single(term).orElse(Verdict.UNKNOWN);
  }

  private static Optional<Verdict> single(String term) {
    for (Rule rule : IDS) {
      if (rule.pattern().matcher(term).matches()) {
        return Optional.of(new Verdict(rule.status(), rule.name()));
      }
    }
    return Optional.empty();
  }

  /** The first verdict with {@code first}, else with {@code second}, else PERMISSIVE/UNKNOWN. */
  private static Verdict pick(List<Verdict> verdicts, LicenseStatus first, LicenseStatus second) {
    for (LicenseStatus wanted : List.of(first, second)) {
      List<String> names =
          verdicts.stream().filter(v -> v.status() == wanted).map(Verdict::name).toList();
      if (!names.isEmpty()) {
        return new Verdict(wanted, String.join(" / ", names));
      }
    }
    boolean allPermissive = verdicts.stream().allMatch(v -> v.status() == LicenseStatus.PERMISSIVE);
    return allPermissive
        ? new Verdict(
            LicenseStatus.PERMISSIVE,
            String.join(" / ", verdicts.stream().map(Verdict::name).toList()))
        : Verdict.UNKNOWN;
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s*#>]+", " ").replace('\u2019', '\'');
  }
}
