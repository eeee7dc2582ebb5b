import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { storageSheets } from "../storage-sheets.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Bench-only: the halves of the benchmarks that run inside workerd against a local D1 and R2, as
// `wrangler dev` runs them. Started by the Node runners in bench/ with `--config` and a file filter.
export default defineConfig(async () => ({
  root,
  plugins: [
    cloudflareTest({
      wrangler: { configPath: `${root}/wrangler.toml` },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(`${root}/worker/migrations`),
          // read with Node's fs here, since the workerd side has no file system
          STORAGE_SHEETS: JSON.stringify(storageSheets(root)),
        },
      },
    }),
  ],
  test: {
    root,
    include: ["bench/workerd/*.workerd.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
}));
