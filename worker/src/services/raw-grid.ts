import type { Repos } from "../db/index.ts";
import type { SubmissionRow } from "../db/rows.ts";

/**
 * The version's grid JSON exactly as received: from R2 (keyed by payload hash), or, for a version
 * stored before migration 0006 whose chunks the scheduled mover has not copied yet, from D1.
 */
export async function rawGrid(db: Repos, row: SubmissionRow): Promise<ReadableStream<Uint8Array> | string> {
  const stored = await db.grids.get(row.payload_hash);
  if (stored) return stored.body;
  const chunked = await db.submissions.chunkedGrid(row.id);
  if (chunked !== null) return chunked;
  // Never expected: R2 is written before the D1 batch and chunks are deleted only after the copy.
  throw new Error(`the grid of submission ${row.id} is in neither R2 nor D1`);
}
