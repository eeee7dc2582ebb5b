import type { SummaryFinding } from "../../../shared/api/summary.ts";
import type { FindingRow } from "./rows.ts";

// A version's findings as the summary's JSON objects, stored once beside the version (migration 0011)
// and spliced into `?include=findings` as bytes: never parsed, never turned back into a string.

/** Over this many characters a version's stored findings are left NULL (D1 caps a row at 2 MB). */
export const STORED_FINDINGS_LIMIT = 1_000_000;

/** A finding row as the summary's object, its keys in the order of SummaryFindingSchema. */
export function summaryFinding(
  orgId: string,
  f: Pick<FindingRow, "code" | "severity" | "row" | "col" | "message" | "item_code" | "activity">,
): SummaryFinding {
  return {
    orgId,
    code: f.code,
    severity: f.severity,
    // a code SQLite stored as a number is text in the API
    itemCode: f.item_code === null ? null : String(f.item_code),
    activity: f.activity,
    row: f.row,
    column: f.col,
    message: f.message,
  };
}

/** The version's findings as stored: base64 of the UTF-8 JSON objects joined by ","; '' none; null too large. */
export function storedFindings(orgId: string, findings: readonly FindingRow[]): string | null {
  if (findings.length === 0) return "";
  const parts: string[] = [];
  for (const f of findings) parts.push(JSON.stringify(summaryFinding(orgId, f)));
  const stored = new TextEncoder().encode(parts.join(",")).toBase64();
  return stored.length > STORED_FINDINGS_LIMIT ? null : stored;
}

/** The UTF-8 bytes of stored findings: base64, or plain JSON text (versions stored before 0011 start with «{»). */
export function findingsBytes(stored: string): Uint8Array {
  return stored.startsWith("{") ? new TextEncoder().encode(stored) : Uint8Array.fromBase64(stored);
}
