package org.branchcheck.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.io.Values;
import org.branchcheck.model.Dataset.ParamOverride;
import org.branchcheck.model.Message;
import org.branchcheck.model.Problem;

/**
 * The parameter values in force for one run: the rule set's defaults, then the dataset's own
 * overrides, then the command line's (later wins), each parsed by the parameter's type.
 */
public final class ParamValues {
  private ParamValues() {}

  @SafeVarargs
  public static Map<String, Object> resolve(
      RuleSet rules, List<Problem> problems, Collection<ParamOverride>... layers) {
    Map<String, Object> values = new LinkedHashMap<>();
    rules.params().forEach((name, p) -> values.put(name, p.defaultValue()));
    for (Collection<ParamOverride> layer : layers) {
      for (ParamOverride o : layer) {
        Param p = rules.params().get(o.name());
        if (p == null) {
          problems.add(Problem.of(o.at(), ParamMessage.UNKNOWN, o.name(),
              DidYouMean.closest(o.name(), rules.params().keySet())
                  .map(c -> (Object) Message.of(ParamMessage.DID_YOU_MEAN, c)).orElse(""),
              rules.id(), rules.params().keySet()));
          continue;
        }
        try {
          values.put(o.name(), p.type().parse(o.value()));
        } catch (Values.BadValue e) {
          problems.add(Problem.of(o.at(), ParamMessage.BAD_VALUE, o.name(), o.value(),
              e.expected()));
        }
      }
    }
    return values;
  }
}
