import { repos } from "./db/index.ts";
import { allRegionEnvs } from "./db/region.ts";
import type { Env } from "./env.ts";
import { moveChunkedGrids, sweepOrphanGrids } from "./services/grid-maintenance.ts";

/** The Cron Trigger (wrangler.toml `[triggers]`): grid housekeeping, nothing a user waits for. */
export async function scheduled(controller: ScheduledController, env: Env): Promise<void> {
  const regions = allRegionEnvs(env).map((e) => repos(e));
  const moved = [];
  for (const db of regions) moved.push(await moveChunkedGrids(db));
  const swept = await sweepOrphanGrids(regions[0]!.grids, regions, new Date(controller.scheduledTime));
  console.log(JSON.stringify({ cron: controller.cron, moved, swept }));
}
