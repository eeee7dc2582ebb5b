// Counts every method call made on a fake Apps Script object, by "Class.method". Apps Script
// service calls are round trips to Google, so tests assert on these counts, not on timings.
export class CallLog {
  readonly counts = new Map<string, number>();

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  reset(): void {
    this.counts.clear();
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/**
 * Wraps an object so that calling any of its methods from outside is counted. Methods run on the
 * raw object, so a fake calling its own helpers is not counted twice.
 */
export function counted<T extends object>(log: CallLog, className: string, target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function" || typeof prop !== "string" || prop === "constructor") return value;
      return (...args: unknown[]) => {
        log.hit(`${className}.${prop}`);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        // Chained calls (range.setValues(…).setBackgrounds(…)) must stay counted.
        return result === obj ? receiver : result;
      };
    },
  });
}
