// Mutation testing: `npm run mutate` (the three shared folders and the add-on's pure code, with the
// tests that import them) and `npm run mutate:addon` (all of addon/src/server, through the bundled
// add-on tests). One folder at a time: npm run mutate -- --mutate "shared/parse/**/*.ts"
// Slow (minutes to an hour on two cores), so not part of `npm test`. Scores go to docs/QUALITY.md.
// Incremental: a re-run only tests mutants in code or tests changed since the last run.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "mutation/vitest.config.ts", related: false },
  mutate: [
    "shared/parse/**/*.ts",
    "shared/validate/**/*.ts",
    "shared/roadmap/**/*.ts",
    "addon/src/server/**/*.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 1,
  // A mutant that loops (a regex quantifier turned inside out) is a kill by timeout; waiting long for
  // it only slows the run.
  timeoutMS: 3_000,
  // Module-level constants (the Russian vocabularies, the regular expressions) are "static" mutants.
  // activate-mutant-early.ts (a vitest setup file) counts them as covered by the tests of each file
  // that imports their module and switches them on before the imports, so they run with those tests
  // like any other mutant; without it each would need every test re-run (ignoreStatic: false, three
  // quarters of the time on two cores). Only a constant no test file imports is left out (ignored).
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/index.html" },
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["reports", ".stryker-tmp*", ".wrangler", "dist", "addon/dist", "coverage", "tmp"],
  cleanTempDir: "always",
  // vitest strips types without checking them: nothing to disable.
  disableTypeChecks: false,
  // Stryker's tsconfig rewriting needs the TypeScript JS API, which the native TypeScript 7 does not
  // have; no tsconfig here points outside the repo, so nothing needs rewriting: a file that is not there.
  tsconfigFile: "mutation/no-tsconfig-rewrite.json",
};
