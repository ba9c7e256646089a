// REST fault injection: the next matching request(s) answered with an error status, or late.

import type { ActiveFailRule, FailRule, RecordedRequest } from "../emulator-types.js";

export class FailRules {
  private readonly rules: ActiveFailRule[] = [];

  /** Answer the next matching request(s) with an error status and/or after a delay. */
  add(rule: FailRule): ActiveFailRule {
    const active: ActiveFailRule = { ...rule, remaining: rule.times ?? 1, hits: 0 };
    this.rules.push(active);
    return active;
  }

  /** The rule that applies to this request, counted as used; none for most requests. */
  take(r: RecordedRequest): ActiveFailRule | undefined {
    const rule = this.rules.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === r.method) &&
        (!f.pathIncludes || r.path.includes(f.pathIncludes)),
    );
    if (rule) {
      rule.remaining -= 1;
      rule.hits += 1;
    }
    return rule;
  }
}
