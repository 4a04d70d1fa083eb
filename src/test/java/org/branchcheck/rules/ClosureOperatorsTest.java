package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cel.common.types.CelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Closures against CEL's interpreter on {@link OperatorCases}, compiled with a budget of 30
 * iterations so that random lists of up to five elements exceed it in nested comprehensions.
 * Reproduce a failure with {@code -Dclosures.seed=SEED -Dclosures.factSets=1}.
 */
class ClosureOperatorsTest {
  private static final int BUDGET = 30;

  @Test
  void closuresAgreeWithTheInterpreterOnEveryOperatorAndError() throws Exception {
    List<ShippedExpressions.Set> sets = ShippedExpressions.load();
    List<String> vocabulary = ShippedExpressions.vocabulary(sets);
    TestPrograms compiler = new TestPrograms(BUDGET);
    Map<String, CelType> params = compiler.paramTypes();
    List<ClosureProgram> programs = new ArrayList<>();
    for (OperatorCases.Case c : OperatorCases.ALL) {
      RuleProgram program = compiler.compile(c.expression());
      assertThat(program).as(c.expression()).isInstanceOf(ClosureProgram.class);
      programs.add((ClosureProgram) program);
    }
    boolean[] gaveValue = new boolean[programs.size()];
    boolean[] gaveError = new boolean[programs.size()];
    for (int i = 0; i < ClosureDifferentialTest.FACT_SETS; i++) {
      long seed = ClosureDifferentialTest.SEED + i;
      Map<String, Object> vars = new RandomFacts(seed, vocabulary).vars(params);
      for (int k = 0; k < programs.size(); k++) {
        Differential.Result result = Differential.run(programs.get(k), vars);
        if (!result.agree()) {
          fail(Differential.describe(seed, OperatorCases.ALL.get(k).expression(), vars, result));
        }
        gaveError[k] |= result.interpreter().failed();
        gaveValue[k] |= !result.interpreter().failed();
      }
    }
    for (int k = 0; k < programs.size(); k++) {
      OperatorCases.Case c = OperatorCases.ALL.get(k);
      assertThat(gaveValue[k]).as("gave a value at least once: " + c.expression()).isTrue();
      if (c.fails()) {
        assertThat(gaveError[k]).as("failed at least once: " + c.expression()).isTrue();
      }
    }
  }
}
