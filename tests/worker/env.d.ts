import type { D1Migration } from "cloudflare:test";
import type { Env as WorkerEnv } from "../../worker/src/env.ts";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** the second region's database (worker/vitest.config.ts) */
      DB_REGION_B: D1Database;
    }
  }
}
