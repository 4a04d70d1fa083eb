package org.branchcheck.rules;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Functions rules may call besides CEL's own. They exist because some comparisons must be exact:
 * "two-thirds of the hours" is {@code 3·collective ≥ 2·total} in decimal arithmetic, never a
 * rounded floating-point ratio.
 */
final class RuleFunctions {
  private RuleFunctions() {}

  static List<CelFunctionDecl> declarations() {
    return List.of(
        CelFunctionDecl.newFunctionDeclaration("share_at_least",
            CelOverloadDecl.newGlobalOverload("share_at_least_double_double_fraction",
                "part ≥ fraction × whole, exactly", SimpleType.BOOL, SimpleType.DOUBLE,
                SimpleType.DOUBLE, FactTypes.FRACTION)),
        CelFunctionDecl.newFunctionDeclaration("share_gap",
            CelOverloadDecl.newGlobalOverload("share_gap_double_double_fraction",
                "how much must be added to both part and whole for the share to be met",
                SimpleType.DOUBLE, SimpleType.DOUBLE, SimpleType.DOUBLE, FactTypes.FRACTION)),
        CelFunctionDecl.newFunctionDeclaration("missing_periods",
            CelOverloadDecl.newGlobalOverload("missing_periods_list_string_string_string",
                "whole calendar periods (quarter, half_year, year) in [from, to] without a date",
                ListType.create(SimpleType.STRING), ListType.create(SimpleType.STRING),
                SimpleType.STRING, SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("sum",
            CelOverloadDecl.newGlobalOverload("sum_list_int", "the sum of whole numbers",
                SimpleType.INT, ListType.create(SimpleType.INT)),
            CelOverloadDecl.newGlobalOverload("sum_list_double", "the sum of numbers, exact to"
                + " the hundredth", SimpleType.DOUBLE, ListType.create(SimpleType.DOUBLE))),
        CelFunctionDecl.newFunctionDeclaration("later",
            CelOverloadDecl.newGlobalOverload("later_string_string",
                "the later of two ISO dates (an empty one is ignored)", SimpleType.STRING,
                SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("earlier",
            CelOverloadDecl.newGlobalOverload("earlier_string_string",
                "the earlier of two ISO dates (an empty one is ignored)", SimpleType.STRING,
                SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("percent",
            CelOverloadDecl.newGlobalOverload("percent_double_double",
                "part as a percentage of whole, one decimal", SimpleType.DOUBLE,
                SimpleType.DOUBLE, SimpleType.DOUBLE)));
  }

  static List<CelFunctionBinding> bindings() {
    return List.of(
        CelFunctionBinding.from("share_at_least_double_double_fraction",
            List.of(Double.class, Double.class, Map.class),
            args -> shareAtLeast((Double) args[0], (Double) args[1], (Map<?, ?>) args[2])),
        CelFunctionBinding.from("share_gap_double_double_fraction",
            List.of(Double.class, Double.class, Map.class),
            args -> shareGap((Double) args[0], (Double) args[1], (Map<?, ?>) args[2])),
        CelFunctionBinding.from("missing_periods_list_string_string_string",
            List.of(List.class, String.class, String.class, String.class),
            args -> CalendarPeriods.missing((List<?>) args[0], (String) args[1],
                (String) args[2], (String) args[3])),
        CelFunctionBinding.from("earlier_string_string", String.class, String.class,
            RuleFunctions::earlier),
        CelFunctionBinding.from("later_string_string", String.class, String.class,
            RuleFunctions::later),
        CelFunctionBinding.from("sum_list_int", List.class, RuleFunctions::sumInts),
        CelFunctionBinding.from("sum_list_double", List.class, RuleFunctions::sumDoubles),
        CelFunctionBinding.from("percent_double_double", Double.class, Double.class,
            RuleFunctions::percent));
  }

  static boolean shareAtLeast(double part, double whole, Map<?, ?> fraction) {
    BigDecimal num = BigDecimal.valueOf((Long) fraction.get("num"));
    BigDecimal den = BigDecimal.valueOf((Long) fraction.get("den"));
    return exact(part).multiply(den).compareTo(exact(whole).multiply(num)) >= 0;
  }

  /**
   * The smallest x with (part + x) ≥ fraction × (whole + x): more collective hours raise the total
   * too, so the gap is (num·whole − den·part) / (den − num), rounded up to the hundredth.
   */
  static double shareGap(double part, double whole, Map<?, ?> fraction) {
    BigDecimal num = BigDecimal.valueOf((Long) fraction.get("num"));
    BigDecimal den = BigDecimal.valueOf((Long) fraction.get("den"));
    BigDecimal missing = exact(whole).multiply(num).subtract(exact(part).multiply(den));
    if (missing.signum() <= 0) {
      return 0.0;
    }
    if (den.equals(num)) {
      return exact(whole).subtract(exact(part)).doubleValue();
    }
    return missing.divide(den.subtract(num), 2, RoundingMode.CEILING).doubleValue();
  }

  static String earlier(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b : a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  static String later(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b : a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  static long sumInts(List<?> values) {
    long total = 0;
    for (Object v : values) {
      total = Math.addExact(total, (Long) v);
    }
    return total;
  }

  /** Summed as decimals so that hours add up exactly (0.1 + 0.2 is 0.3). */
  static double sumDoubles(List<?> values) {
    BigDecimal total = BigDecimal.ZERO;
    for (Object v : values) {
      total = total.add(exact((Double) v));
    }
    return total.doubleValue();
  }

  static double percent(double part, double whole) {
    if (whole == 0.0) {
      return 0.0;
    }
    return exact(part).multiply(BigDecimal.valueOf(100))
        .divide(exact(whole), 1, RoundingMode.HALF_UP).doubleValue();
  }

  /** The decimal a double was printed from: hours facts are exact hundredths rounded to double. */
  private static BigDecimal exact(double value) {
    return BigDecimal.valueOf(value);
  }
}
