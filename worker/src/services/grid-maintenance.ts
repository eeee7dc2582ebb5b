import type { Repos } from "../db/index.ts";
import type { GridBucket } from "../storage/grid-bucket.ts";
import { payloadHash } from "./payload-hash.ts";

/** An object younger than this may belong to a submission whose D1 batch is still in flight. */
export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;
/** Chunked grids copied per run: bounded so one run stays well inside a Cron Trigger's limits. */
export const MOVE_BATCH = 200;

export interface SweepResult {
  checked: number;
  deleted: number;
}

/**
 * Delete grid objects older than a day that no committed version uses. Such an object is left by a
 * submission whose D1 batch failed after the R2 write; nothing reads it (reads go through a committed
 * version's payload hash), so it only costs bytes until this runs. The bucket is shared by every
 * region's database, so "committed" means committed in any of them.
 */
export async function sweepOrphanGrids(
  grids: GridBucket,
  regions: readonly Pick<Repos, "submissions">[],
  now: Date,
): Promise<SweepResult> {
  const cutoff = now.getTime() - ORPHAN_AGE_MS;
  let checked = 0;
  let deleted = 0;
  for await (const page of grids.list()) {
    const old = page.filter((g) => g.uploaded.getTime() < cutoff);
    checked += page.length;
    if (old.length === 0) continue;
    const hashes = old.map((g) => g.hash);
    const committed = new Set<string>();
    for (const r of regions) for (const h of await r.submissions.committedHashes(hashes)) committed.add(h);
    const orphans: string[] = [];
    for (const g of old) {
      if (committed.has(g.hash)) continue;
      // The same payload sent again re-writes the object before its D1 batch: a fresh upload time
      // means a submission may be committing it right now, so it is not an orphan.
      const uploaded = await grids.uploaded(g.hash);
      if (uploaded && uploaded.getTime() < cutoff) orphans.push(g.hash);
    }
    await grids.delete(orphans);
    deleted += orphans.length;
  }
  return { checked, deleted };
}

export interface MoveResult {
  moved: number;
  /** moved although the chunks no longer match the payload hash (kept as the best copy there is) */
  mismatched: string[];
  /** chunked grids still waiting after this run */
  remaining: boolean;
}

/**
 * The data half of migration 0006: copy grids still chunked in D1 to R2 under their version's payload
 * hash, then delete the chunks. Copy first, delete after: a run cut short leaves both copies, never none.
 */
export async function moveChunkedGrids(db: Repos, limit = MOVE_BATCH): Promise<MoveResult> {
  const ids = await db.submissions.chunkedIds(limit + 1);
  const mismatched: string[] = [];
  let moved = 0;
  for (const id of ids.slice(0, limit)) {
    const row = await db.submissions.get(id);
    const text = await db.submissions.chunkedGrid(id);
    if (!row || text === null) continue;
    const hash = await payloadHash(row.campaign_id, row.org_id, row.sheet_name, text);
    if (hash !== row.payload_hash) mismatched.push(id);
    await db.grids.put(row.payload_hash, text);
    if ((await db.grids.text(row.payload_hash)) !== text) continue; // keep the chunks; retry next run
    await db.submissions.dropChunks(id);
    moved++;
  }
  return { moved, mismatched, remaining: ids.length > limit };
}
