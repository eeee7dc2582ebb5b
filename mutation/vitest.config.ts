// The tests Stryker runs for each mutant (`npm run mutate`): the plain-Node tests that import the
// mutated code directly. The bundled add-on tests are included too: load-addon.ts hands Stryker's
// switch into the Apps Script context, so a mutant in addon/src/server is seen through the bundle.
// Left out: the sidebar (a real browser per test, minutes per mutant) and the bundle-size check
// (instrumented code is larger than what ships).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["tests/shared/**/*.test.ts", "tests/addon/**/*.test.ts"],
    exclude: ["tests/addon/sidebar.test.ts", "tests/addon/build.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
