import { defineConfig } from "vitest/config";

// Two kinds of test: plain Node (shared, cli, add-on in node:vm) and the worker inside workerd.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: [
            "tests/architecture/**/*.test.ts",
            "tests/shared/**/*.test.ts",
            "tests/cli/**/*.test.ts",
            "tests/addon/**/*.test.ts",
          ],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      "worker/vitest.config.ts",
      {
        // Hostile input for the CLI (spawned as a real process) and the add-on's formula safety.
        test: {
          name: "hostile",
          include: ["tests/hostile/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
        },
      },
      {
        // The bundled add-on against a real `wrangler dev` worker on loopback.
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
