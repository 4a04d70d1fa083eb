package org.branchcheck.rules;

import com.google.common.base.Joiner;
import dev.cel.common.CelRuntimeException;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelFunctionOverload;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Closures for the project's own functions ({@link RuleFunctions}): they call the very bindings
 * the interpreter calls, with the interpreter's argument checks and its wording of failures.
 */
final class FunctionCalls {
  private static final Map<String, CelFunctionBinding> BINDINGS = RuleFunctions.bindings()
      .stream().collect(Collectors.toMap(CelFunctionBinding::getOverloadId, Function.identity()));

  private FunctionCalls() {}

  /** The closure for {@code overload}, or null when it is not one of the project's functions. */
  static Closure of(String overload, List<Closure> args, String where) {
    CelFunctionBinding binding = BINDINGS.get(overload);
    if (binding == null || binding.getArgTypes().size() != args.size()) {
      return null;
    }
    Closure[] arguments = args.toArray(Closure[]::new);
    Class<?>[] types = binding.getArgTypes().toArray(Class<?>[]::new);
    CelFunctionOverload function = binding.getDefinition();
    return f -> {
      Object[] values = new Object[arguments.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = arguments[i].eval(f);
      }
      for (int i = 0; i < values.length; i++) {
        if (!types[i].isInstance(values[i])) {
          throw new UnexpectedValue(overload + " argument " + i);
        }
      }
      return call(overload, function, values, where);
    };
  }

  private static Object call(String overload, CelFunctionOverload function, Object[] values,
      String where) {
    try {
      return function.apply(values);
    } catch (CelEvaluationException e) {
      throw new EvalError(e.getMessage());
    } catch (CelRuntimeException e) {
      throw new EvalError(where + e.getCause().getMessage());
    } catch (RuntimeException e) {
      throw new EvalError(where + failed(overload, values));
    }
  }

  /** How the runtime reports a function that threw. */
  static String failed(String overload, Object... values) {
    return "Function '" + overload + "' failed with arg(s) '" + Joiner.on(", ").join(values)
        + "'";
  }
}
