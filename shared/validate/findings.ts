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

const TALLY_AT: Record<Severity, 0 | 1 | 2> = { error: 0, warning: 1, info: 2 };

/** One finding code as a report adds it: what all its findings share, looked up once (`Findings.kind`)
 *  rather than by code name on every finding of a sheet with tens of thousands of them. */
export interface FindingKind {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** index of the severity in the report's tally */
  readonly at: 0 | 1 | 2;
  readonly format: (p: Params) => string;
  /** the message when the finding has no params (made on first use) */
  plain: string | undefined;
  /** per text, the params and message made for it in this report (addForText) */
  byText: Map<string, Made> | undefined;
  /** the texts last asked of addForText and what was made for them, compared before the map */
  recentText: (string | undefined)[];
  recentMade: Made[];
  nextRecent: number;
}
interface Made {
  params: Params;
  message: string;
}
const RECENT = 4;

export class Findings {
  readonly list: Finding[] = [];
  /** error, warning, info: counted as they are added (a sheet can carry tens of thousands) */
  private readonly tally = [0, 0, 0];
  private readonly kinds = new Map<FindingCode, FindingKind>();

  /** The code's kind in this report: hoist it out of a loop that adds many findings of that code. */
  kind(code: FindingCode): FindingKind {
    let k = this.kinds.get(code);
    if (k === undefined) {
      const severity = SEVERITY[code];
      k = {
        code,
        severity,
        at: TALLY_AT[severity],
        format: FINDING_MESSAGES[code],
        plain: undefined,
        byText: undefined,
        recentText: new Array(RECENT).fill(undefined),
        recentMade: new Array(RECENT),
        nextRecent: 0,
      };
      this.kinds.set(code, k);
    }
    return k;
  }

  add(
    code: FindingCode,
    row: number | null,
    column: string | null,
    params: Params = NO_PARAMS,
    severity: Severity = SEVERITY[code],
  ): void {
    this.list.push({ code, severity, row, column, message: FINDING_MESSAGES[code](params), params });
    this.tally[TALLY_AT[severity]]!++;
  }

  /** `add` of a kind at its default severity; without params its message is made once per report. */
  addKind(kind: FindingKind, row: number | null, column: string | null, params?: Params): void {
    let message: string;
    if (params === undefined) {
      params = NO_PARAMS;
      message = kind.plain ??= kind.format(NO_PARAMS);
    } else message = kind.format(params);
    this.list.push({ code: kind.code, severity: kind.severity, row, column, message, params });
    this.tally[kind.at]!++;
  }

  /** A finding about a cell's text, which a sheet repeats row after row («не знаю», «много», «по
   *  графику»): its params and Russian message are made once per text and shared by every finding with
   *  that text (findings are read-only). `params` must depend on the text alone, and a code must always
   *  be given the same `params` within one report. */
  addForText(
    code: FindingCode | FindingKind,
    row: number,
    column: string | null,
    text: string,
    params: (text: string) => Params = textParams,
  ): void {
    const kind = typeof code === "string" ? this.kind(code) : code;
    let m: Made | undefined;
    for (let s = 0; s < RECENT; s++)
      if (kind.recentText[s] === text) {
        m = kind.recentMade[s]!;
        break;
      }
    if (m === undefined) {
      let made = kind.byText;
      if (made === undefined) {
        made = new Map();
        kind.byText = made;
      }
      m = made.get(text);
      if (m === undefined) {
        const p = params(text);
        m = { params: p, message: kind.format(p) };
        if (made.size < 4096) made.set(text, m);
      }
      const at = kind.nextRecent;
      kind.recentText[at] = text;
      kind.recentMade[at] = m;
      kind.nextRecent = at + 1 === RECENT ? 0 : at + 1;
    }
    this.list.push({
      code: kind.code,
      severity: kind.severity,
      row,
      column,
      message: m.message,
      params: m.params,
    });
    this.tally[kind.at]!++;
  }

  counts(): { error: number; warning: number; info: number } {
    return { error: this.tally[0]!, warning: this.tally[1]!, info: this.tally[2]! };
  }
}
