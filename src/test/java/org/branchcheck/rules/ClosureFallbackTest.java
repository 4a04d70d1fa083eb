package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What closures leave to the interpreter: expressions using what they do not cover, and facts
 * that break the declared types. Either way the answer is the interpreter's.
 */
class ClosureFallbackTest {
  private static TestPrograms programs;

  @BeforeAll
  static void load() throws RuleSetException {
    programs = new TestPrograms(RuleRuntime.MAX_ITERATIONS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"member.name.matches('^张')", "type(member.name) == string",
      "dyn(member.sessions_attended) == 1", "member.name.split(',').size() > 1",
      "b'abc'.size() == 3", "1u + 2u == 3u", "member.name.trim() == ''"})
  void expressionsClosuresDoNotCoverStayWithTheInterpreter(String expression) throws Exception {
    assertThat(programs.compile(expression)).isInstanceOf(InterpretedProgram.class);
  }

  record Broken(String expression, Consumer<Map<String, Object>> breakFacts) {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(Map<String, Object> vars) {
    return (Map<String, Object>) vars.get("member");
  }

  private static final List<Broken> BROKEN = List.of(
      new Broken("member.sessions_attended + 1 > 2",
          v -> member(v).put("sessions_attended", 3)),
      new Broken("member.name == 'a'", v -> member(v).put("name", null)),
      new Broken("member.is_leader", v -> v.remove("member")),
      new Broken("member.reviewers.exists(r, r == 'a')",
          v -> member(v).put("reviewers", List.of(1))),
      new Broken("member.hours.total > 1.0 || member.essays.size() == 0",
          v -> member(v).put("hours", Map.of("total", 2.5f))),
      new Broken("params.min_hours > 30.0", v -> v.put("params", Map.of("min_hours", 40))));

  @Test
  void factsBreakingTheirTypesAreAnsweredByTheInterpreter() throws Exception {
    for (Broken b : BROKEN) {
      ClosureProgram program = (ClosureProgram) programs.compile(b.expression());
      Map<String, Object> vars = facts();
      b.breakFacts().accept(vars);
      assertThatThrownBy(() -> program.closures(vars)).as(b.expression())
          .isInstanceOf(UnexpectedValue.class);
      assertThat(outcome(program, vars)).as(b.expression())
          .isEqualTo(outcome(program.interpreter(), vars));
    }
  }

  @Test
  void closureErrorsReachTheCallerWordedAsTheInterpreterWordsThem() throws Exception {
    ClosureProgram program = (ClosureProgram) programs.compile(
        "member.sessions_attended / member.collective_sessions_attended > 1");
    Map<String, Object> vars = facts();
    member(vars).put("collective_sessions_attended", 0L);
    assertThatThrownBy(() -> program.eval(vars)).isInstanceOf(CelEvaluationException.class)
        .hasMessage("evaluation error at <input>:25: / by zero")
        .hasMessage(outcome(program.interpreter(), vars));
  }

  private static String outcome(RuleProgram program, Map<String, Object> vars) {
    try {
      return "value " + program.eval(vars);
    } catch (CelEvaluationException e) {
      return e.getMessage();
    }
  }

  /** One member's facts, mutable so that a case can break them. */
  private static Map<String, Object> facts() {
    Map<String, Object> member = new HashMap<>(Map.of("name", "张三", "is_leader", true,
        "sessions_attended", 3L, "collective_sessions_attended", 2L,
        "reviewers", new ArrayList<>(List.of("李四")), "essays", List.of(),
        "hours", Map.of("total", 40.5, "collective", 30.0, "self", 10.5, "by_form", Map.of())));
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("params", programs.defaults());
    vars.put("as_of", "2005-08-31");
    vars.put("member", member);
    return vars;
  }
}
