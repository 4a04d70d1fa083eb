package org.branchcheck.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.branchcheck.io.LocatedYaml;
import org.branchcheck.io.LocatedYaml.Scalar;
import org.branchcheck.io.TableSchema;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Table;
import org.branchcheck.rules.RuleSetSpec.ParamSpec;
import org.branchcheck.rules.RuleSetSpec.RuleSpec;

/**
 * Compiles a {@link RuleSetSpec}: parameters typed and their defaults parsed, every expression and
 * message placeholder type-checked against the declared facts. Every problem is collected and
 * reported with the rule file's own line and column.
 */
public final class RuleCompiler {
  private final List<Problem> problems = new ArrayList<>();
  private final RuleCache cache;
  private RuleCache.Lookup stored;

  private RuleCompiler(RuleCache cache) {
    this.cache = cache;
  }

  /** Compiles a rule set that extends nothing; its digest is left empty. */
  public static RuleSet compile(RuleSetSpec spec) throws RuleSetException {
    return compile(new RuleSetLinker.Linked(spec, List.of(new RuleSet.Origin(
        spec.id() == null ? "" : spec.id().text(), spec.version() == null ? ""
            : spec.version().text(), spec.file(), "")), List.of(), Map.of(), List.of()));
  }

  /** Compiles a linked rule set: the flat spec of an extends chain. */
  public static RuleSet compile(RuleSetLinker.Linked linked) throws RuleSetException {
    return compile(linked, RuleCache.NONE);
  }

  /** Compiles a linked rule set, reusing the expressions {@code cache} holds for it. */
  public static RuleSet compile(RuleSetLinker.Linked linked, RuleCache cache)
      throws RuleSetException {
    return new RuleCompiler(cache).run(linked);
  }

  private RuleSet run(RuleSetLinker.Linked linked) throws RuleSetException {
    RuleSetSpec spec = linked.spec();
    problems.addAll(linked.problems());
    Map<String, Param> params = new LinkedHashMap<>();
    for (ParamSpec p : spec.params()) {
      param(p).ifPresent(param -> params.put(param.name(), param));
    }
    RuleEnvironment env = new RuleEnvironment(params);
    stored = cache.open(text(spec.id()),
        linked.lineage().isEmpty() ? "" : linked.lineage().get(0).file(), params);
    Set<String> fields = new java.util.TreeSet<>(params.keySet());
    FactTypes.ALL.forEach(t -> fields.addAll(FactTypes.fields(t).keySet()));
    fieldNames = fields;
    List<Rule> rules = new ArrayList<>();
    for (RuleSpec r : spec.rules()) {
      rule(r, env, linked.notes()).ifPresent(rules::add);
    }
    duplicates(rules);
    LocalDate[] period = window(spec.effective());
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new RuleSetException(problems);
    }
    stored.save();
    return new RuleSet(spec.id().text(), text(spec.title()), text(spec.version()),
        text(spec.description()), period[0], period[1], linked.lineage(), linked.switchedOff(),
        params, rules);
  }

  /**
   * Two rules may share an id only as two versions in force at different times: a district that
   * changes a rule from a date writes the new version with its own period.
   */
  private void duplicates(List<Rule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = 0; j < i; j++) {
        Rule a = rules.get(j);
        Rule b = rules.get(i);
        if (a.id().equals(b.id()) && overlap(a, b)) {
          problems.add(new Problem(b.at(), "duplicate rule id '" + b.id() + "' (first at "
              + a.at() + "); two versions of a rule need periods of force that do not overlap"));
        }
      }
    }
  }

  private static boolean overlap(Rule a, Rule b) {
    boolean aEndsBeforeB = a.to() != null && b.from() != null && a.to().isBefore(b.from());
    boolean bEndsBeforeA = b.to() != null && a.from() != null && b.to().isBefore(a.from());
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  /** The [from, to] of an effective block (nulls for open ends); a bad date is a problem. */
  private LocalDate[] window(RuleSetSpec.Window w) {
    LocalDate[] out = new LocalDate[2];
    if (w == null) {
      return out;
    }
    out[0] = date(w.from(), "effective.from");
    out[1] = date(w.to(), "effective.to");
    if (out[0] != null && out[1] != null && out[1].isBefore(out[0])) {
      problems.add(new Problem(w.to().at(), "effective: 'to' " + out[1] + " is before 'from' "
          + out[0]));
    }
    return out;
  }

  private LocalDate date(Scalar s, String what) {
    if (s == null) {
      return null;
    }
    try {
      return org.branchcheck.io.Values.date(s.text());
    } catch (org.branchcheck.io.Values.BadValue e) {
      problems.add(new Problem(s.at(), what + ": '" + s.text() + "' is not " + e.getMessage()));
      return null;
    }
  }

  private Optional<Param> param(ParamSpec p) {
    if (p.type() == null) {
      problems.add(new Problem(p.at(), "parameter '" + p.name() + "' has no type"));
      return Optional.empty();
    }
    Optional<ParamType> type = ParamType.of(p.type().text());
    if (type.isEmpty()) {
      problems.add(new Problem(p.type().at(), "unknown parameter type '" + p.type().text()
          + "'; expected one of " + java.util.Arrays.stream(ParamType.values())
              .map(ParamType::code).toList()));
      return Optional.empty();
    }
    Object value = defaultValue(p, type.get());
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(new Param(p.name(), type.get(), value, text(p.description()),
        text(p.source()), p.at()));
  }

  private Object defaultValue(ParamSpec p, ParamType type) {
    if (p.defaultValue() instanceof LocatedYaml.ListNode list && type == ParamType.LIST) {
      List<String> items = new ArrayList<>();
      for (LocatedYaml.Node n : list.items()) {
        if (n instanceof Scalar s && s.text() != null) {
          items.add(s.text());
        } else {
          problems.add(new Problem(n.at(), "list items must be single values"));
        }
      }
      return type.parseAll(items);
    }
    if (p.defaultValue() instanceof Scalar s && s.text() != null) {
      try {
        return type.parse(s.text());
      } catch (org.branchcheck.io.Values.BadValue e) {
        problems.add(new Problem(s.at(), "default of '" + p.name() + "': '" + s.text()
            + "' is not " + e.getMessage()));
        return null;
      }
    }
    if (p.defaultValue() != null) {
      problems.add(new Problem(p.defaultValue().at(), "default of '" + p.name()
          + "' must be a single " + type.code() + " value"));
    }
    return null;
  }

  private Optional<Rule> rule(RuleSpec r, RuleEnvironment env, Map<String, List<String>> notes) {
    int before = problems.size();
    LocalDate[] period = window(r.effective());
    Scope scope = choice(r.scope(), Scope.class, null, "scope");
    Stage stage = choice(r.stage(), Stage.class, Stage.CHECK, "stage");
    Severity severity = choice(r.severity(), Severity.class, Severity.ERROR, "severity");
    Set<Table> requires = EnumSet.noneOf(Table.class);
    for (Scalar t : r.requires()) {
      TableSchema.tableNamed(t.text()).ifPresentOrElse(requires::add, () -> problems.add(
          new Problem(t.at(), "requires: unknown table '" + t.text() + "'")));
    }
    if (scope == null || stage == null || severity == null || r.check() == null) {
      return Optional.empty();
    }
    if (stage == Stage.VERDICT && scope != Scope.ORG) {
      problems.add(new Problem(r.stage().at(), "stage: verdict rules must have scope: org"));
      return Optional.empty();
    }
    RuleEnvironment.Env in = env.forRule(scope, stage);
    Optional<RuleProgram> when = r.when() == null ? Optional.empty()
        : Optional.ofNullable(expression(in, r.when(), r.when().text(), 0, "when", true));
    RuleProgram check = expression(in, r.check(), r.check().text(), 0, "check", true);
    MessageTemplate message = template(in, r.message(), "message");
    Optional<MessageTemplate> pass = r.passMessage() == null ? Optional.empty()
        : Optional.ofNullable(template(in, r.passMessage(), "pass_message"));
    if (problems.size() > before || r.id() == null || r.title() == null) {
      return Optional.empty();
    }
    return Optional.of(new Rule(r.id().text(), r.title().text(), scope, stage, severity,
        requires, when, check, message, pass, text(r.source()), new Rule.Expressions(
            text(r.when()), text(r.check()), text(r.message()), text(r.passMessage())),
        period[0], period[1], List.copyOf(notes.getOrDefault(r.id().text(), List.of())),
        r.at()));
  }

  private MessageTemplate template(RuleEnvironment.Env in, Scalar scalar, String what) {
    if (scalar == null) {
      return null;
    }
    List<MessageTemplate.Segment> segments;
    try {
      segments = MessageTemplate.split(scalar.text());
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(ScalarPositions.at(scalar, Integer.parseInt(e.getMessage()), 1, 0),
          what + ": '${' is never closed with '}'"));
      return null;
    }
    List<Object> parts = new ArrayList<>();
    for (MessageTemplate.Segment s : segments) {
      parts.add(s.expression()
          ? expression(in, scalar, s.text(), s.offset(), what + " placeholder", false)
          : s.text());
    }
    return parts.contains(null) ? null : new MessageTemplate(parts);
  }

  /**
   * Compiles one expression found at {@code offset} inside {@code scalar}'s text: to closures
   * where it can, with CEL's interpreter beside them.
   */
  private RuleProgram expression(
      RuleEnvironment.Env in, Scalar scalar, String source, int offset, String what,
      boolean mustBeBool) {
    try {
      CelAbstractSyntaxTree ast = stored.checked(in.name(), source,
          () -> in.compiler().get().compile(source).getAst());
      if (mustBeBool && !ast.getResultType().equals(SimpleType.BOOL)) {
        problems.add(new Problem(ScalarPositions.at(scalar, offset, 1, 0), what
            + ": must be true or false, but this expression gives " + ast.getResultType().name()));
        return null;
      }
      return ClosureCompiler.compile(ast, RuleRuntime.get().createProgram(ast),
          RuleRuntime.MAX_ITERATIONS);
    } catch (CelValidationException e) {
      for (CelIssue issue : e.getErrors()) {
        problems.add(new Problem(ScalarPositions.at(scalar, offset,
            Math.max(issue.getSourceLocation().getLine(), 1),
            Math.max(issue.getSourceLocation().getColumn(), 0)), what + ": "
            + withoutCandidates(issue.getMessage()) + hint(issue.getMessage())));
      }
    } catch (CelEvaluationException e) {
      problems.add(new Problem(scalar.at(), what + ": " + e.getMessage()));
    }
    return null;
  }

  private <E extends Enum<E>> E choice(Scalar s, Class<E> type, E fallback, String what) {
    if (s == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(s.text().strip())) {
        return e;
      }
    }
    problems.add(new Problem(s.at(), what + ": '" + s.text() + "' is not one of "
        + java.util.Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    return null;
  }

  private static final java.util.regex.Pattern UNDEFINED =
      java.util.regex.Pattern.compile("undefined field '([^']+)'");
  private static final java.util.regex.Pattern UNDECLARED =
      java.util.regex.Pattern.compile("undeclared reference to '([^']+)'");
  /** Variables, the project's own functions (as declared) and CEL's commonest ones. */
  private static final List<String> NAMES = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("member", "org", "params", "as_of", "rollup", "size",
          "contains", "startsWith", "endsWith", "matches", "string", "int", "double", "join",
          "split"),
      RuleFunctions.declarations().stream().map(dev.cel.common.CelFunctionDecl::name)).toList();

  private Set<String> fieldNames = Set.of();

  /** "; did you mean 'total'?" for a misspelt fact, parameter, variable or function. */
  private String hint(String message) {
    java.util.regex.Matcher m = UNDEFINED.matcher(message);
    if (m.find()) {
      return DidYouMean.hint(m.group(1), fieldNames);
    }
    m = UNDECLARED.matcher(message);
    if (!m.find()) {
      return "";
    }
    return switch (m.group(1)) {
      case "member" -> "; member is only known in rules with scope: member";
      case "rollup" -> "; rollup is only known in rules with stage: verdict";
      default -> DidYouMean.hint(m.group(1), NAMES);
    };
  }

  /** CEL lists every overload it tried; the types it found are what a rule author needs. */
  private static String withoutCandidates(String message) {
    int cut = message.indexOf(" (candidates:");
    String shorter = cut < 0 ? message : message.substring(0, cut);
    return shorter.replace(" (in container '')", "");
  }

  private static String text(Scalar s) {
    return s == null ? "" : s.text();
  }
}
