import { repos } from "./db/index.ts";
import type { Env } from "./env.ts";
import { moveChunkedGrids, sweepOrphanGrids } from "./services/grid-maintenance.ts";

/** The Cron Trigger (wrangler.toml `[triggers]`): grid housekeeping, nothing a user waits for. */
export async function scheduled(controller: ScheduledController, env: Env): Promise<void> {
  const db = repos(env);
  const moved = await moveChunkedGrids(db);
  const swept = await sweepOrphanGrids(db, new Date(controller.scheduledTime));
  console.log(JSON.stringify({ cron: controller.cron, grids: { ...moved, ...swept } }));
}
