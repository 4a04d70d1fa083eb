package org.branchcheck.rules;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A CEL comprehension (what {@code all}, {@code exists}, {@code exists_one}, {@code filter} and
 * {@code map} expand to), evaluated step for step as the interpreter does: each iteration is
 * counted against the evaluation's budget before the loop condition is tested; an error in a step
 * becomes the accumulator's value, which a later step may absorb ({@code false && error}) and the
 * result otherwise raises.
 */
final class Comprehension implements Closure {
  private final Closure range;
  private final ValueGuard item;
  private final Closure init;
  private final int itemSlot;
  private final int accuSlot;
  private final Closure condition;
  private final Closure step;
  private final Closure result;

  Comprehension(Closure range, ValueGuard item, Closure init, int itemSlot, int accuSlot,
      Closure condition, Closure step, Closure result) {
    this.range = range;
    this.item = item;
    this.init = init;
    this.itemSlot = itemSlot;
    this.accuSlot = accuSlot;
    this.condition = condition;
    this.step = step;
    this.result = result;
  }

  @Override
  public Object eval(Frame frame) {
    Object over = range.eval(frame);
    Collection<?> items;
    if (over instanceof List<?> list) {
      items = list;
    } else if (over instanceof Map<?, ?> map) {
      items = map.keySet();
    } else {
      throw new UnexpectedValue("cannot iterate over " + over);
    }
    Object accu = orError(init, frame);
    if (accu instanceof List<?> start) {
      accu = new Accumulator(start);
    }
    Object[] slots = frame.slots;
    for (Object each : items) {
      frame.countIteration();
      slots[itemSlot] = item.check(each);
      slots[accuSlot] = accu;
      Object go = condition.eval(frame);
      if (!(go instanceof Boolean)) {
        throw new UnexpectedValue("loop condition gave " + go);
      }
      if (!(Boolean) go) {
        break;
      }
      accu = orError(step, frame);
    }
    if (accu instanceof Accumulator grown) {
      accu = new ArrayList<>(grown);
    }
    slots[accuSlot] = accu;
    return result.eval(frame);
  }

  /** The value, or the error held as a value (reading it from its slot raises it again). */
  private static Object orError(Closure closure, Frame frame) {
    try {
      return closure.eval(frame);
    } catch (EvalError e) {
      return e;
    }
  }

  /** The accumulated list of filter and map, which list {@code +} extends in place. */
  static final class Accumulator extends AbstractList<Object> {
    private final List<Object> items;

    Accumulator(List<?> start) {
      this.items = new ArrayList<>(start);
    }

    @Override
    public Object get(int index) {
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }

    @Override
    public boolean addAll(Collection<?> more) {
      return items.addAll(more);
    }
  }
}
