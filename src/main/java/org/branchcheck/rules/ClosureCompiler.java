package org.branchcheck.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelComprehension;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.CelType;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a type-checked CEL expression into closures, walking the checked tree: the checker's
 * references say which variable an identifier is and which overload a call resolved to, its
 * types which Java class every value read from the facts must have. Anything it does not know
 * (an overload, a constant kind, a type) leaves the whole expression with the interpreter: a
 * closure is never a guess.
 */
final class ClosureCompiler {
  private final CelAbstractSyntaxTree ast;
  private final Variables variables = new Variables();

  private ClosureCompiler(CelAbstractSyntaxTree ast) {
    this.ast = ast;
  }

  /** Closures for {@code ast} if every part of it compiles, else the interpreter's program. */
  static RuleProgram compile(CelAbstractSyntaxTree ast, CelRuntime.Program interpreter,
      int maxIterations) {
    InterpretedProgram fallback = new InterpretedProgram(interpreter);
    ClosureCompiler compiler = new ClosureCompiler(ast);
    try {
      Closure root = compiler.closure(ast.getExpr());
      return new ClosureProgram(root, compiler.variables.topLevel(), compiler.variables.count(),
          maxIterations, fallback);
    } catch (NotCompilable e) {
      return fallback;
    }
  }

  /** Thrown (and caught above) for the first part of an expression closures do not cover. */
  private static final class NotCompilable extends Exception {
    private static final long serialVersionUID = 1L;

    NotCompilable(String what) {
      super(what, null, false, false);
    }
  }

  private Closure closure(CelExpr e) throws NotCompilable {
    return switch (e.exprKind().getKind()) {
      case CONSTANT -> constant(e.constant());
      case IDENT -> {
        CelReference ref = reference(e);
        yield ref.value().isPresent() ? constant(ref.value().get()) : identifier(ref.name(), e);
      }
      case SELECT -> select(e);
      case CALL -> call(e);
      case LIST -> {
        if (!e.list().optionalIndices().isEmpty()) {
          throw new NotCompilable("optional list elements");
        }
        yield Literals.list(closures(e.list().elements()));
      }
      case MAP -> map(e);
      case COMPREHENSION -> comprehension(e.comprehension());
      default -> throw new NotCompilable(e.exprKind().getKind().toString());
    };
  }

  private List<Closure> closures(List<CelExpr> exprs) throws NotCompilable {
    List<Closure> out = new ArrayList<>(exprs.size());
    for (CelExpr x : exprs) {
      out.add(closure(x));
    }
    return out;
  }

  private static Closure constant(CelConstant c) throws NotCompilable {
    Object value = Literals.value(c);
    if (value == null) {
      throw new NotCompilable("constant " + c.getKind());
    }
    return new Literals.Constant(value);
  }

  /** A comprehension variable from its slot, or a top-level variable (params, member, …). */
  private Closure identifier(String name, CelExpr e) throws NotCompilable {
    int local = variables.local(name);
    if (local >= 0) {
      return f -> {
        Object value = f.slots[local];
        if (value instanceof EvalError error) {
          throw error;
        }
        return value;
      };
    }
    ValueGuard guard = guard(e);
    int slot = variables.topLevel(name);
    return f -> guard.check(f.slots[slot]);
  }

  private Closure select(CelExpr e) throws NotCompilable {
    var ref = ast.getReference(e.id());
    if (ref.isPresent()) {
      // A qualified name the checker resolved as a whole.
      return ref.get().value().isPresent() ? constant(ref.get().value().get())
          : identifier(ref.get().name(), e);
    }
    Closure operand = closure(e.select().operand());
    String field = e.select().field();
    if (e.select().testOnly()) {
      return f -> Literals.fields(operand.eval(f)).containsKey(field);
    }
    ValueGuard guard = guard(e);
    String missing = where(e.id()) + "key '" + field + "' is not present in map.";
    return f -> {
      Map<?, ?> fields = Literals.fields(operand.eval(f));
      Object value = fields.get(field);
      if (value == null && !fields.containsKey(field)) {
        throw new EvalError(missing);
      }
      return guard.check(value);
    };
  }

  private Closure call(CelExpr e) throws NotCompilable {
    List<String> overloads = reference(e).overloadIds();
    if (overloads.size() != 1) {
      throw new NotCompilable("overloads " + overloads);
    }
    String overload = overloads.get(0);
    List<CelExpr> operands = new ArrayList<>();
    e.call().target().ifPresent(operands::add);
    operands.addAll(e.call().args());
    if (operands.isEmpty()) {
      throw new NotCompilable("call without arguments");
    }
    Closure out = Calls.of(overload, closures(operands), where(e.id()),
        ValueGuard.of(type(e)).orElse(null));
    if (out == null) {
      throw new NotCompilable("overload " + overload);
    }
    return out;
  }

  private Closure map(CelExpr e) throws NotCompilable {
    List<Closure> keys = new ArrayList<>();
    List<Closure> values = new ArrayList<>();
    List<String> wheres = new ArrayList<>();
    for (CelExpr.CelMap.Entry entry : e.map().entries()) {
      if (entry.optionalEntry()) {
        throw new NotCompilable("optional map entry");
      }
      keys.add(closure(entry.key()));
      values.add(closure(entry.value()));
      wheres.add(where(entry.id()));
    }
    return Literals.map(keys, values, wheres);
  }

  private Closure comprehension(CelComprehension c) throws NotCompilable {
    if (!c.iterVar2().isEmpty() || c.iterVar().equals("#unused")) {
      // Two-variable comprehensions and cel.bind's lazy accumulator are not macros rules use.
      throw new NotCompilable("comprehension form");
    }
    Closure range = closure(c.iterRange());
    ValueGuard item = ValueGuard.ofItems(type(c.iterRange()))
        .orElseThrow(() -> new NotCompilable("range type"));
    Closure init = closure(c.accuInit());
    int itemSlot = variables.fresh();
    int accuSlot = variables.fresh();
    variables.open(c.iterVar(), itemSlot);
    variables.open(c.accuVar(), accuSlot);
    Closure condition = closure(c.loopCondition());
    Closure step = closure(c.loopStep());
    variables.close();
    variables.close();
    // The result sees the accumulator but no longer the item, as in the interpreter.
    variables.open(c.accuVar(), accuSlot);
    Closure result = closure(c.result());
    variables.close();
    return new Comprehension(range, item, init, itemSlot, accuSlot, condition, step, result);
  }

  private CelReference reference(CelExpr e) throws NotCompilable {
    return ast.getReference(e.id()).orElseThrow(() -> new NotCompilable("no reference"));
  }

  private CelType type(CelExpr e) throws NotCompilable {
    return ast.getType(e.id()).orElseThrow(() -> new NotCompilable("no type"));
  }

  /** The guard for an expression's declared type; a type value or dyn is not compilable. */
  private ValueGuard guard(CelExpr e) throws NotCompilable {
    CelType type = type(e);
    return ValueGuard.of(type).orElseThrow(() -> new NotCompilable("type " + type));
  }

  /**
   * The runtime's prefix for errors raised at an expression:
   * {@code evaluation error at <input>:7: }.
   */
  private String where(long id) {
    Integer position = ast.getSource().getPositionsMap().get(id);
    return position == null ? "evaluation error: "
        : "evaluation error at " + ast.getSource().getDescription() + ":" + position + ": ";
  }
}
