package org.branchcheck.rules;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchcheck.io.LocatedYaml.Scalar;
import org.branchcheck.io.Sha256;
import org.branchcheck.io.TextDecoder;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.RuleSetSpec.OverrideSpec;
import org.branchcheck.rules.RuleSetSpec.ParamSpec;
import org.branchcheck.rules.RuleSetSpec.RuleSpec;

/**
 * Follows {@code extends} from a rule set to the one it builds on, and so on, and folds the chain
 * into one flat spec: inherited parameters with the newest defaults, inherited rules with their
 * overrides applied (or left out when switched off), then the extending set's own rules. Every
 * value keeps the position it was written at, in whichever file that was.
 */
public final class RuleSetLinker {
  /** Deeper chains than this are a mistake, not a design. */
  static final int MAX_DEPTH = 8;

  /** The flat spec and what the chain did to get there. */
  public record Linked(
      RuleSetSpec spec, List<RuleSet.Origin> lineage, List<RuleSet.SwitchedOff> switchedOff,
      Map<String, List<String>> notes, List<Problem> problems) {}

  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> visiting = new HashSet<>();

  private RuleSetLinker() {}

  /**
   * Loads the chain. A file that cannot be read or parsed stops here; mistakes in how the chain
   * fits together travel with the result, so that the compiler reports them with its own.
   */
  public static Linked link(RuleSource source) throws RuleSetException {
    RuleSetLinker linker = new RuleSetLinker();
    Linked linked = linker.load(source, null, 0);
    return new Linked(linked.spec(), linked.lineage(), linked.switchedOff(), linked.notes(),
        List.copyOf(linker.problems));
  }

  private Linked load(RuleSource source, SourceLocation referredAt, int depth)
      throws RuleSetException {
    byte[] bytes;
    String text;
    SourceLocation where = referredAt != null ? referredAt : SourceLocation.ofFile(source.display());
    try {
      bytes = source.read();
      text = TextDecoder.decode(bytes).text();
    } catch (CharacterCodingException e) {
      throw new RuleSetException(List.of(new Problem(SourceLocation.ofFile(source.display()),
          "rule file is neither UTF-8 nor GB18030")));
    } catch (IOException e) {
      throw new RuleSetException(List.of(new Problem(where, "cannot be read: "
          + source.display() + (e instanceof java.nio.file.NoSuchFileException ? " does not exist"
              : ": " + e.getMessage()))));
    }
    RuleSetSpec spec = RuleSetLoader.load(source.display(), text);
    RuleSet.Origin origin = new RuleSet.Origin(spec.id().text(),
        spec.version() == null ? "" : spec.version().text(), source.display(), Sha256.hex(bytes));
    if (spec.extendsRef() == null) {
      return new Linked(spec, List.of(origin), List.of(), Map.of(), List.of());
    }
    Scalar ref = spec.extendsRef();
    if (depth >= MAX_DEPTH) {
      throw new RuleSetException(List.of(new Problem(ref.at(), "extends: more than " + MAX_DEPTH
          + " rule sets deep")));
    }
    RuleSource baseSource = source.resolve(ref.text()).orElseThrow(() -> new RuleSetException(
        List.of(new Problem(ref.content(), "extends: '" + ref.text() + "' is "
            + (RuleSource.isId(ref.text()) ? "not a shipped rule set"
                + DidYouMean.hint(ref.text(), ShippedRuleSets.ids()) + " (shipped: "
                + String.join(", ", ShippedRuleSets.ids()) + ")"
                : "outside the folder of the rule set, or not a relative path")))));
    if (!visiting.add(source.identity()) || visiting.contains(baseSource.identity())) {
      throw new RuleSetException(List.of(new Problem(ref.content(), "extends: '" + ref.text()
          + "' leads back to a rule set already being extended (a cycle)")));
    }
    Linked base = load(baseSource, ref.content(), depth + 1);
    List<RuleSet.Origin> lineage = new ArrayList<>();
    lineage.add(origin);
    lineage.addAll(base.lineage());
    return merge(base, spec, lineage);
  }

  private Linked merge(Linked base, RuleSetSpec top, List<RuleSet.Origin> lineage) {
    RuleSetSpec b = base.spec();
    Map<String, ParamSpec> params = new LinkedHashMap<>();
    b.params().forEach(p -> params.put(p.name(), p));
    for (ParamSpec p : top.params()) {
      ParamSpec inherited = params.get(p.name());
      if (inherited == null) {
        if (p.type() == null) {
          problems.add(new Problem(p.at(), "'" + p.name() + "' is not a parameter of "
              + b.id().text() + " (a new parameter needs a type and a default)"
              + DidYouMean.hint(p.name(), params.keySet())));
          continue;
        }
        params.put(p.name(), p);
      } else if (p.type() != null && inherited.type() != null
          && !p.type().text().equals(inherited.type().text())) {
        problems.add(new Problem(p.type().at(), "parameter '" + p.name() + "' is a "
            + inherited.type().text() + " in " + b.id().text() + "; an extending rule set may"
            + " change its default, not its type"));
      } else {
        params.put(p.name(), new ParamSpec(p.name(), inherited.type(),
            p.defaultValue() != null ? p.defaultValue() : inherited.defaultValue(),
            p.description() != null ? p.description() : inherited.description(),
            p.source() != null ? p.source() : inherited.source(), p.at()));
      }
    }
    List<RuleSet.SwitchedOff> off = new ArrayList<>(base.switchedOff());
    Map<String, List<String>> notes = new LinkedHashMap<>();
    base.notes().forEach((k, v) -> notes.put(k, new ArrayList<>(v)));
    List<RuleSpec> rules = new ArrayList<>(b.rules());
    for (OverrideSpec o : top.overrides()) {
      override(o, top, rules, off, notes);
    }
    rules.addAll(top.rules());
    RuleSetSpec flat = new RuleSetSpec(top.file(), top.id(), null, or(top.title(), b.title()),
        or(top.version(), b.version()), or(top.description(), b.description()),
        top.effective() != null ? top.effective() : b.effective(),
        List.copyOf(params.values()), rules, List.of(), top.at());
    return new Linked(flat, lineage, off, notes, List.of());
  }

  private void override(OverrideSpec o, RuleSetSpec top, List<RuleSpec> rules,
      List<RuleSet.SwitchedOff> off, Map<String, List<String>> notes) {
    List<String> ids = rules.stream().filter(r -> r.id() != null).map(r -> r.id().text())
        .distinct().toList();
    if (!ids.contains(o.rule())) {
      problems.add(new Problem(o.at(), "overrides: no inherited rule '" + o.rule() + "'"
          + DidYouMean.hint(o.rule(), ids)));
      return;
    }
    String by = top.id().text();
    String reason = o.reason() == null ? "" : o.reason().text();
    boolean switchOff = false;
    if (o.off() != null) {
      try {
        switchOff = org.branchcheck.io.Values.bool(o.off().text());
      } catch (org.branchcheck.io.Values.BadValue e) {
        problems.add(new Problem(o.off().at(), "off: '" + o.off().text() + "' is not true or"
            + " false"));
      }
    }
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec r = rules.get(i);
      if (r.id() == null || !r.id().text().equals(o.rule())) {
        continue;
      }
      if (switchOff) {
        off.add(new RuleSet.SwitchedOff(o.rule(), r.title() == null ? "" : r.title().text(),
            reason, by, o.at()));
        rules.remove(i--);
        continue;
      }
      List<String> said = notes.computeIfAbsent(o.rule(), k -> new ArrayList<>());
      if (o.severity() != null) {
        said.add("severity " + o.severity().text() + " (" + by + ": " + reason + ")");
      }
      if (o.effective() != null) {
        said.add("in force " + text(o.effective().from()) + " to " + text(o.effective().to())
            + " (" + by + ": " + reason + ")");
      }
      rules.set(i, new RuleSpec(r.id(), r.title(), r.scope(), r.stage(),
          or(o.severity(), r.severity()), r.requires(), r.when(), r.check(), r.message(),
          r.passMessage(), r.source(), o.effective() != null ? o.effective() : r.effective(),
          r.at()));
    }
  }

  private static String text(Scalar s) {
    return s == null ? "…" : s.text();
  }

  private static Scalar or(Scalar a, Scalar b) {
    return a != null ? a : b;
  }
}
