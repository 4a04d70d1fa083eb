package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Closures against CEL's interpreter over random facts of the declared types: every expression of
 * every shipped rule set must give the same value, or fail with the same message, for every fact
 * set. Reproduce a failure with {@code -Dclosures.seed=SEED -Dclosures.factSets=1}.
 */
class ClosureDifferentialTest {
  static final long SEED = Long.getLong("closures.seed", 20050831L);
  static final int FACT_SETS = Integer.getInteger("closures.factSets", 1000);

  private static List<ShippedExpressions.Set> sets;
  private static List<String> vocabulary;

  @BeforeAll
  static void load() throws RuleSetException {
    sets = ShippedExpressions.load();
    vocabulary = ShippedExpressions.vocabulary(sets);
  }

  @Test
  void everyExpressionOfTheShippedRuleSetsCompilesToClosures() {
    List<String> interpreted = sets.stream().flatMap(s -> s.expressions().stream())
        .filter(e -> !(e.program() instanceof ClosureProgram))
        .map(e -> e.label() + ": " + e.text()).toList();
    long total = sets.stream().mapToLong(s -> s.expressions().size()).sum();
    System.out.printf("closures: %d of %d expressions in %d rule sets%n",
        total - interpreted.size(), total, sets.size());
    assertThat(interpreted).isEmpty();
    assertThat(total).isGreaterThan(500);
  }

  @Test
  void closuresAgreeWithTheInterpreterOnEveryShippedExpression() {
    long values = 0;
    long errors = 0;
    for (int i = 0; i < FACT_SETS; i++) {
      long seed = SEED + i;
      for (ShippedExpressions.Set set : sets) {
        Map<String, Object> vars = new RandomFacts(seed, vocabulary).vars(set.params());
        for (ShippedExpressions.Expression e : set.expressions()) {
          Differential.Result result =
              Differential.run((ClosureProgram) e.program(), vars);
          if (!result.agree()) {
            fail(Differential.describe(seed, e.label() + ": " + e.text(), vars, result));
          }
          if (result.interpreter().failed()) {
            errors++;
          } else {
            values++;
          }
        }
      }
    }
    System.out.printf("closures agree with the interpreter: %d values, %d errors%n", values,
        errors);
    // Both kinds of outcome must have been compared, or the test proves little.
    assertThat(values).isGreaterThan(errors).isGreaterThan(0);
    assertThat(errors).isGreaterThan(0);
  }
}
