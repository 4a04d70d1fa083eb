package org.branchcheck.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.branchcheck.model.Dataset;
import org.branchcheck.io.ReadMessage;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Member;
import org.branchcheck.model.Problem;

/**
 * Replaces people's names in a result by stable pseudonyms, for reports shared beyond the branch.
 * A member becomes {@code 党员-XXXXXX}, derived from the member id, so the same member has the same
 * pseudonym in every run and format; other people named in the records (instructors, reviewers,
 * chairs) become {@code 人员-XXXXXX}, derived from the name. Names are replaced wherever they occur
 * in subject names, messages and problems, longest first; ids are kept so records can be found.
 * A problem may quote a value from a row that could not be read (and so is not known to be a
 * name), so in problems every quoted value and every quoted YAML line is hidden as well.
 */
public final class Redactor {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private final Map<String, String> pseudonyms = new HashMap<>();
  private final Pattern names;

  public Redactor(Dataset data) {
    for (Member m : data.members()) {
      if (!m.name().isBlank()) {
        pseudonyms.putIfAbsent(m.name().strip(), memberPseudonym(m.id()));
      }
    }
    Stream.of(
            data.orgs().stream().flatMap(o -> Stream.of(o.instructor(), o.leader(), o.head())),
            data.essays().stream().map(e -> e.reviewedBy()),
            data.plans().stream().map(p -> p.reviewedBy()),
            data.meetings().stream().map(m -> m.chair()),
            data.planItems().stream().map(i -> i.responsible()),
            data.waivers().stream().map(w -> w.approvedBy()))
        .flatMap(s -> s).map(String::strip).filter(n -> !n.isEmpty())
        .forEach(n -> pseudonyms.computeIfAbsent(n, k -> pseudonym("人员-", "person:" + k)));
    // Single characters would match inside ordinary words; names are at least two.
    List<String> alternatives = pseudonyms.keySet().stream()
        .filter(n -> n.codePointCount(0, n.length()) >= 2)
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote).toList();
    names = alternatives.isEmpty() ? null : Pattern.compile(String.join("|", alternatives));
  }

  public String redact(String text) {
    if (names == null || text.isEmpty()) {
      return text;
    }
    Matcher m = names.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(pseudonyms.get(r.group())));
  }

  public CheckResult redact(CheckResult r) {
    // one finding at a time into a new compact list, as the evaluator built the first one
    FindingListBuilder findings = FindingList.builder();
    for (Finding f : r.findings()) {
      findings.add(new Finding(f.rule(), f.title(), f.scope(), f.stage(), f.subject(),
          redact(f.subjectName()), f.org(), f.outcome(), f.severity(), redact(f.message()),
          f.at()));
    }
    List<Problem> problems = r.problems().stream()
        .map(p -> new Problem(p.at(), redactProblem(p.message()))).toList();
    List<EssayCount> essays = r.essays().stream().map(e -> new EssayCount(e.member(),
        redact(e.name()), e.org(), e.essay(), e.title(), e.kind(), redact(e.file()), e.format(),
        e.declared(), e.counted(), e.mode(), e.similar(), e.at())).toList();
    // Essay files are often named after their authors (文章/李娜.docx).
    DatasetSource source = new DatasetSource(r.source().path(), r.source().root(),
        r.source().name(), r.source().files().stream().map(f -> new InputFile(redact(f.name()),
            f.encoding(), f.bytes(), f.sha256())).toList());
    return new CheckResult(source, r.params(), findings.build(), r.verdicts(), problems,
        r.unusedWaivers(), r.hours(), essays, r.pruned());
  }

  /** A problem message with names replaced and every value it quotes from the input hidden. */
  String redactProblem(String message) {
    String m = QUOTED.matcher(redact(message)).replaceAll("'…'");
    m = QUOTED_ZH.matcher(m).replaceAll("“…”");
    for (String yamlError : YAML_ERROR) {
      int yaml = m.indexOf(yamlError);
      if (yaml >= 0) {
        return m.substring(0, yaml + yamlError.length()) + "…（内容已隐去）";
      }
    }
    return m;
  }

  // Every message about the input quotes the values it takes from the input, in either language.
  private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'");
  private static final Pattern QUOTED_ZH = Pattern.compile("“[^”\\n]*”");
  /** A YAML parser's message quotes the input its own way: all of it is hidden. */
  private static final List<String> YAML_ERROR = List.of(
      ReadMessage.YAML_SYNTAX.template(Lang.EN).replace("{0}", ""),
      ReadMessage.YAML_SYNTAX.template(Lang.ZH).replace("{0}", ""));

  /** A member's pseudonym, also for members of other datasets named in this one's findings. */
  public static String memberPseudonym(String id) {
    return pseudonym("党员-", "member:" + id);
  }

  static String pseudonym(String prefix, String key) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    StringBuilder s = new StringBuilder(prefix);
    for (int i = 0; i < 6; i++) {
      s.append(ALPHABET.charAt((digest[i] & 0xff) % 32));
    }
    return s.toString();
  }
}
