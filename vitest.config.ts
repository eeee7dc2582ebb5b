import { defineConfig } from "vitest/config";

// Two kinds of test: plain Node (shared, cli, add-on in node:vm) and the worker inside workerd.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["tests/shared/**/*.test.ts", "tests/cli/**/*.test.ts", "tests/addon/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      "worker/vitest.config.ts",
    ],
  },
});
