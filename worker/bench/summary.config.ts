import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Bench-only: the summary timed inside workerd against a local D1 (SQLite), as `wrangler dev` runs it.
export default defineConfig(async () => ({
  root,
  plugins: [
    cloudflareTest({
      wrangler: { configPath: `${root}/wrangler.toml` },
      miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations(`${root}/worker/migrations`) } },
    }),
  ],
  test: {
    root,
    include: ["worker/bench/summary.workerd.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
}));
