// Lets Stryker test mutants in module-level constants (the Russian word tables, the regular
// expressions, `SEVERITY`) with the tests that read them, the way it tests every other mutant.
//
// The problem (Stryker 9.6.1's vitest runner, stryker-setup.js): a module-level constant is built
// when a test file imports its module, before any test runs, so its mutant gets only "static"
// coverage; with `ignoreStatic` Stryker then runs it only with the few tests that happen to evaluate
// the module inside a test (the bundled add-on tests load Code.js in a test), switches it on in a
// `beforeAll` — after the imports, too late for the constant — and reports Survived though the tests
// that read the constant kill it (checked by hand, docs/QUALITY.md).
//
// Two steps, in this setup file (vitest runs it after Stryker's own and before importing the test file):
// - dry run (coverage): what a test file's imports, collection and `beforeAll` hooks ran is counted
//   as covered by each of that file's tests as well (it is what those tests run on). A static mutant
//   becomes "hybrid" and is run with exactly the tests of the files that import its module.
// - mutant run: the mutant is switched on here, before the imports, for every mutant — what Stryker's
//   own "static" mode does. Isolation (vitest's default, set in vitest.config.ts) makes every test
//   file import the code afresh, so the constant is built with this run's mutant and none leaks into
//   the next run. A mutant only reached inside tests behaves as before: no import-time code reaches
//   it, and Stryker's `beforeAll` sets the same id again.
//
// Outside Stryker (`npx vitest run --config mutation/vitest.config.ts`) nothing is provided and this
// file does nothing.
import { beforeEach, inject } from "vitest";

type Hits = Record<string, number>;
interface Namespace {
  activeMutant?: unknown;
  hitCount?: number;
  currentTestId?: string;
  mutantCoverage?: { static: Hits; perTest: Record<string, Hits> };
}

const provided = (name: string) => inject(name as never) as unknown;
const mode = provided("mode");
const namespace = provided("globalNamespace");

if (typeof namespace === "string" && (mode === "mutant" || mode === "dry-run")) {
  const g = globalThis as unknown as Record<string, Namespace | undefined>;
  const ns = g[namespace] ?? {};
  g[namespace] = ns;
  if (mode === "mutant") {
    ns.activeMutant = provided("activeMutant");
    // counted from here, so a loop in module-level code meets the hit limit too (reset in beforeAll)
    ns.hitCount = 0;
  } else {
    // the static hits before this file's imports: what grows after them is this file's own
    const before: Hits = { ...ns.mutantCoverage?.static };
    // registered after Stryker's beforeEach, which sets currentTestId
    beforeEach(() => {
      const cov = ns.mutantCoverage;
      const test = ns.currentTestId;
      if (cov === undefined || test === undefined) return;
      const mine = cov.perTest[test] ?? {};
      cov.perTest[test] = mine;
      for (const [id, n] of Object.entries(cov.static)) {
        const own = n - (before[id] ?? 0);
        if (own > 0) mine[id] = (mine[id] ?? 0) + own;
      }
    });
  }
}
