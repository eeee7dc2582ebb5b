import { env } from "cloudflare:test";
import { repos } from "../../../worker/src/db/index.ts";

/** The raw grid JSON a committed version keeps in R2 (read straight from the bucket, not the route). */
export async function storedGrid(submissionId: string): Promise<string | null> {
  const db = repos(env);
  const row = await db.submissions.get(submissionId);
  return row ? db.grids.text(row.payload_hash) : null;
}
