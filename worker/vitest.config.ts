import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

// Worker tests run inside workerd with a real (local) D1; the migrations are applied from empty by
// tests/worker/setup.ts before each test file.
export default defineProject(async () => ({
  root,
  plugins: [
    cloudflareTest({
      wrangler: { configPath: `${root}/wrangler.toml` },
      miniflare: {
        // A second region's database beside DB (wrangler.toml), for tests/worker/regions.test.ts:
        // in production it is one more [[d1_databases]] entry, nothing else.
        d1Databases: { DB_REGION_B: "svodka-region-b" },
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(`${root}/worker/migrations`),
          // Tests serve their own key set at this address (see tests/worker/helpers/google.ts).
          GOOGLE_JWKS_URL: "https://keys.test/oauth2/v3/certs",
          ALLOWED_AUDIENCES:
            "test-client-1.apps.googleusercontent.com,test-client-2.apps.googleusercontent.com",
        },
      },
    }),
  ],
  test: {
    name: "worker",
    root,
    include: ["tests/worker/**/*.test.ts"],
    setupFiles: ["tests/worker/setup.ts"],
    testTimeout: 30_000,
  },
}));
