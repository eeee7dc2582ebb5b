import type { Deadline } from "../parse/deadline.ts";
import type { Period } from "../parse/period.ts";
import type { Target } from "../parse/target.ts";
import type { Role, Status } from "../templates/model.ts";

export type Severity = "error" | "warning" | "info";

export const FINDING_CODES = [
  "header-not-found",
  "missing-column",
  "unknown-column",
  "assumed-header",
  "period-not-found",
  "blank-row",
  "bad-code",
  "duplicate-code",
  "code-out-of-order",
  "missing-item",
  "empty-activity",
  "empty-deadline",
  "empty-responsible",
  "empty-evidence",
  "unknown-deadline",
  "unscheduled-deadline",
  "unparsed-target",
  "bad-status",
  "done-without-proof",
  "bad-url",
  "overdue",
  "target-not-met",
  "error-value",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row, null for sheet-wide findings */
  row: number | null;
  /** column letter ("A"…), null when the finding is about a whole row or the sheet */
  column: string | null;
  message: string;
  /** values the message was built from (for clients that re-render it) */
  params: Record<string, string | number>;
}

/** Where an item stands on the report date. */
export type ItemState =
  | "done"
  | "overdue"
  | "in-progress"
  | "not-started"
  | "failed"
  | "cancelled"
  | "unscheduled";

export interface Item {
  row: number;
  code: string | null;
  /** index into `Report.sections`, null outside any section */
  section: number | null;
  activity: string;
  content: string;
  deadline: Deadline;
  target: Target;
  responsible: string[];
  evidence: string;
  actual: string;
  status: Status | null;
  proof: string;
  comment: string;
  /** code of the template item this row was matched to */
  templateCode: string | null;
  state: ItemState;
  targetMet: boolean | null;
}

export interface Section {
  row: number;
  code: string | null;
  title: string;
}

export interface IndicatorResult {
  row: number;
  criterion: string;
  indicator: string;
  scale: string;
  actual: string;
  /** the band of the scale the actual value falls in («79-60%», «Имеется»), null when not filled or not on the scale */
  band: string | null;
}

export interface Report {
  template: string;
  templateVersion: number;
  title: string | null;
  period: Period | null;
  /** 1-based row of the header; 0 when none was found */
  headerRow: number;
  columns: Partial<Record<Role, string>>;
  sections: Section[];
  items: Item[];
  indicators: IndicatorResult[];
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  /** required template items, and how many of them the sheet has / has done */
  completion: { required: number; present: number; done: number };
}

export interface ValidateOptions {
  /** report date: items whose deadline ended before it and are not done are overdue */
  asOf?: string | null;
  /** roadmap period; overrides the one found in the title */
  period?: Period | null;
}
