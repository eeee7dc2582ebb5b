import type { Summary } from "../../../shared/api/summary.ts";
import type { FindingJsonRow } from "../db/summary-repo.ts";

/**
 * The JSON summary with its findings spliced in as SQLite wrote them (summary-repo.ts): the same text
 * as serialising them, without parsing 19,000 objects at 10,000 schools only to serialise them again.
 */
export function summaryJsonWithFindings(
  summary: Omit<Summary, "findings">,
  findings: readonly FindingJsonRow[],
): string {
  const head = JSON.stringify(summary);
  const parts: string[] = [];
  for (const f of findings) parts.push(f.j);
  return `${head.slice(0, -1)},"findings":[${parts.join(",")}]}`;
}
