import { FINDING_MESSAGES } from "../i18n/ru-findings.ts";
import type { Finding, FindingCode, Severity } from "./types.ts";

/** Default severity of each finding: errors block a submission, warnings do not. */
export const SEVERITY: Record<FindingCode, Severity> = {
  "header-not-found": "error",
  "missing-column": "error",
  "unknown-column": "info",
  "assumed-header": "warning",
  "period-not-found": "warning",
  "blank-row": "warning",
  "bad-code": "warning",
  "duplicate-code": "error",
  "code-out-of-order": "warning",
  "missing-item": "error",
  "empty-activity": "error",
  "empty-deadline": "error",
  "empty-responsible": "error",
  "empty-evidence": "warning",
  "unknown-deadline": "warning",
  "unscheduled-deadline": "info",
  "unparsed-target": "warning",
  "bad-status": "error",
  "done-without-proof": "error",
  "bad-url": "error",
  overdue: "warning",
  "target-not-met": "warning",
  "error-value": "error",
};

export class Findings {
  readonly list: Finding[] = [];
  private readonly tally = { error: 0, warning: 0, info: 0 };

  add(
    code: FindingCode,
    row: number | null,
    column: string | null,
    params: Record<string, string | number> = {},
    severity: Severity = SEVERITY[code],
  ): void {
    this.list.push({ code, severity, row, column, message: FINDING_MESSAGES[code](params), params });
    this.tally[severity]++;
  }

  /** counted as they are added (a sheet can carry tens of thousands) */
  counts(): { error: number; warning: number; info: number } {
    return { ...this.tally };
  }
}
