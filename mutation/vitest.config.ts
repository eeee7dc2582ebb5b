// The tests Stryker runs for each mutant (`npm run mutate`). By default the plain-Node tests that
// import the mutated code directly. MUTATE_BUNDLE=1 (npm run mutate:addon) adds the bundled add-on
// tests: load-addon.ts hands Stryker's switch into the Apps Script context, so a mutant in
// addon/src/server is seen through the bundle — but every bundled test covers all of shared/ too,
// which makes the shared folders' runs hours long, so they run without it (none of the add-on
// files listed below loads the bundle: the bundled time-zone test is typed-dates.test.ts).
// Always left out: the sidebar (a real browser per test), the bundle-size check (instrumented code is
// larger than what ships), and the fast-check property tests (random inputs, seconds per run: a
// mutant they alone would kill counts as survived, so the scores are a lower bound).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const bundle = process.env.MUTATE_BUNDLE === "1";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: bundle
      ? ["tests/addon/**/*.test.ts"]
      : [
          "tests/shared/**/*.test.ts",
          "tests/addon/to-iso-date.test.ts",
          "tests/addon/schools-plan.test.ts",
          "tests/addon/code-cells.test.ts",
          "tests/addon/formula-safe.test.ts",
          "tests/addon/highlight-plan.test.ts",
          "tests/addon/summary-blocks.test.ts",
        ],
    exclude: [
      "tests/addon/sidebar.test.ts",
      "tests/addon/build.test.ts",
      "tests/shared/parse/properties.test.ts",
      "tests/shared/validate/property.test.ts",
    ],
    environment: "node",
    // Stryker's mutant is switched on before each test file's imports (see activate-mutant-early.ts);
    // isolation makes every file import the code afresh, so a module-level constant is built with the
    // run's mutant and none leaks into the next run.
    setupFiles: ["mutation/activate-mutant-early.ts"],
    isolate: true,
    testTimeout: 60_000,
  },
});
