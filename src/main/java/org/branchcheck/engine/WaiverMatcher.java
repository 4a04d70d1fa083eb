package org.branchcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.branchcheck.model.Waiver;

/**
 * Turns a failure into {@code waived} when an approved waiver for that rule and subject is in force
 * on the as-of date. An expired waiver leaves the failure standing and says so in the message.
 */
final class WaiverMatcher {
  private final List<Waiver> waivers;
  private final LocalDate asOf;
  private final Set<Waiver> used = new LinkedHashSet<>();

  WaiverMatcher(List<Waiver> waivers, LocalDate asOf) {
    this.waivers = waivers;
    this.asOf = asOf;
  }

  Finding apply(Finding f) {
    if (f.outcome() != Outcome.FAIL) {
      return f;
    }
    Waiver expired = null;
    for (Waiver w : waivers) {
      if (!w.rule().equals(f.rule()) || !w.subject().equals(f.subject())) {
        continue;
      }
      used.add(w);
      if (w.inForceOn(asOf)) {
        return f.with(Outcome.WAIVED, f.message() + "（已批准例外：" + w.reason()
            + (w.approvedBy().isEmpty() ? "" : "，批准人 " + w.approvedBy())
            + (w.expiresOn() == null ? "" : "，有效期至 " + w.expiresOn()) + "）");
      }
      expired = w;
    }
    if (expired != null) {
      return f.with(f.outcome(), f.message() + "（例外已于 " + expired.expiresOn() + " 过期）");
    }
    return f;
  }

  /** Waivers that matched no failure: stale, or naming a rule or subject that does not exist. */
  List<Waiver> unused() {
    List<Waiver> out = new ArrayList<>();
    for (Waiver w : waivers) {
      if (!used.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
