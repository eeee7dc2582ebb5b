import { sha256Hex } from "../sha256.ts";

/**
 * The idempotency fingerprint of a submission: campaign, org, sheet name and the grid's canonical JSON
 * (arrays of primitives serialise deterministically). Same id + same hash = replay; else 409.
 */
export function payloadHash(
  campaignId: string,
  orgId: string,
  sheetName: string | null,
  gridJson: string,
): Promise<string> {
  return sha256Hex(`${JSON.stringify([campaignId, orgId, sheetName])}\n${gridJson}`);
}
