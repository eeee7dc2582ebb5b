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

type Params = Record<string, string | number>;

/** The params of every finding that has none: one object for all of them (findings are read-only). */
const NO_PARAMS: Params = Object.freeze({}) as Params;

const textParams = (text: string): Params => ({ text });

export class Findings {
  readonly list: Finding[] = [];
  private readonly tally = { error: 0, warning: 0, info: 0 };
  /** per code, the params and message already made for a text */
  private readonly byText = new Map<FindingCode, Map<string, { params: Params; message: string }>>();

  add(
    code: FindingCode,
    row: number | null,
    column: string | null,
    params: Params = NO_PARAMS,
    severity: Severity = SEVERITY[code],
  ): void {
    this.list.push({ code, severity, row, column, message: FINDING_MESSAGES[code](params), params });
    this.tally[severity]++;
  }

  /** A finding about a cell's text, which a sheet repeats row after row («не знаю», «много», «по
   *  графику»): its params and Russian message are made once per text and shared by every finding with
   *  that text (findings are read-only). `params` must depend on the text alone, and a code must always
   *  be given the same `params` within one report. */
  addForText(
    code: FindingCode,
    row: number,
    column: string | null,
    text: string,
    params: (text: string) => Params = textParams,
  ): void {
    let made = this.byText.get(code);
    if (made === undefined) {
      made = new Map();
      this.byText.set(code, made);
    }
    let m = made.get(text);
    if (m === undefined) {
      const p = params(text);
      m = { params: p, message: FINDING_MESSAGES[code](p) };
      if (made.size < 4096) made.set(text, m);
    }
    const severity = SEVERITY[code];
    this.list.push({ code, severity, row, column, message: m.message, params: m.params });
    this.tally[severity]++;
  }

  /** counted as they are added (a sheet can carry tens of thousands) */
  counts(): { error: number; warning: number; info: number } {
    return { ...this.tally };
  }
}
