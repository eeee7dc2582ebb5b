// The department's summary as blocks of cells, built from the worker's Summary without touching a
// spreadsheet. Every string that came from a school is written as text (asText: no formulas, no
// "1.1" turned into a date, no "007" into 7), «Получено» is a real Date (the sheet shows it in its
// own zone with DATE_TIME_FORMAT, and the department can sort and filter by it), and rows already
// on the summary sheet keep their place so the department's own columns stay aligned.
import type { ItemSummary, OrgSummary, Summary } from "../../../../shared/api/summary.ts";
import type { Cell } from "../../../../shared/grid.ts";
import {
  FINDINGS_HEADER_RU,
  REVIEW_STATE_RU,
  reviewCommentText,
  SEVERITY_RU,
} from "../../../../shared/i18n/ru-summary.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { asText, asTextCell } from "./formula-safe.ts";

export const SUMMARY_HEADER = RU_UI.sheets.summaryHeader;
export const SUMMARY_WIDTH = SUMMARY_HEADER.length;
/** 1-based columns of the summary block that other code refers to */
export const SUMMARY_COL = { name: 1, key: 2, status: 3, received: 5, completion: 6 } as const;
/** A summary cell: a grid cell, or the Date a school's report arrived. */
export type SummaryCell = Cell | Date;
/** Flagged item codes listed per school, then "…": a cell stays readable. */
const MAX_CODES = 15;

export function percent(done: number, required: number): number {
  return required > 0 ? Math.round((done / required) * 100) : 0;
}

function codes(items: readonly string[]): string {
  return items.slice(0, MAX_CODES).join(", ") + (items.length > MAX_CODES ? ", …" : "");
}

export function orgRow(o: OrgSummary): SummaryCell[] {
  const submitted = o.status !== "not-submitted";
  const flagged = [...o.missing, ...o.overdue];
  return [
    asText(o.name),
    asText(o.orgId),
    RU_UI.orgStatus[o.status],
    o.version ?? "",
    o.receivedAt ? new Date(o.receivedAt) : "",
    submitted ? percent(o.completion.done, o.completion.required) : 0,
    submitted ? o.missing.length : "",
    submitted ? o.overdue.length : "",
    submitted ? o.errors : "",
    submitted ? o.warnings : "",
    asTextCell(codes(flagged)),
    o.review ? REVIEW_STATE_RU[o.review.state] : "",
    o.review ? asTextCell(reviewCommentText(o.review)) : "",
    o.newerDraft ? fill(RU_UI.sheets.newerDraft, { version: o.newerDraft.version }) : "",
  ];
}

/**
 * The whole summary block (header + one row per school). `existing` is what the sheet holds now in
 * the block's columns (rows 2…): a school keeps its row, new schools go below, a school no longer
 * in the campaign keeps its row marked «нет в кампании», rows without a school id are left as they are.
 */
export function summaryBlock(
  summary: Summary,
  existing: readonly SummaryCell[][],
  formulas: readonly string[][] = [],
): SummaryCell[][] {
  const byId = new Map(summary.orgs.map((o) => [o.orgId, o]));
  const placed = new Set<string>();
  const rows: SummaryCell[][] = existing.map((old, r) => {
    // Read back with getValues, text has lost its protecting apostrophe: every kept string is
    // made safe again before it is written back.
    const line = Array.from({ length: SUMMARY_WIDTH }, (_, i) => keepCell(old[i] ?? ""));
    const key = String(old[SUMMARY_COL.key - 1] ?? "").trim();
    // The department's own rows (an «Итого» line): written back as they are, formulas as formulas.
    if (!key) return line.map((cell, i) => formulas[r]?.[i] || cell);
    const org = byId.get(key);
    if (org && !placed.has(key)) {
      placed.add(key);
      return orgRow(org);
    }
    const gone: SummaryCell[] = Array.from({ length: SUMMARY_WIDTH }, () => "");
    gone[SUMMARY_COL.name - 1] = line[SUMMARY_COL.name - 1] ?? "";
    gone[SUMMARY_COL.key - 1] = asText(key);
    gone[SUMMARY_COL.status - 1] = RU_UI.orgStatus.gone;
    return gone;
  });
  for (const o of summary.orgs) if (!placed.has(o.orgId)) rows.push(orgRow(o));
  return [[...SUMMARY_HEADER], ...rows];
}

/** A cell read back from the sheet, made safe to write again (a Date stays a Date). */
function keepCell(cell: SummaryCell): SummaryCell {
  return cell instanceof Date || Object.prototype.toString.call(cell) === "[object Date]"
    ? cell
    : asTextCell(cell as Cell);
}

export const ITEMS_HEADER = RU_UI.sheets.itemsHeader;

export function itemsBlock(items: readonly ItemSummary[]): Cell[][] {
  return [
    [...ITEMS_HEADER],
    ...items.map((i) => [
      asText(i.code),
      asText(i.activity),
      i.required ? "да" : "нет",
      i.done,
      i.inProgress,
      i.notStarted,
      i.overdue,
      i.missing,
    ]),
  ];
}

export const INDICATORS_HEADER = RU_UI.sheets.indicatorsHeader;

/** Items with numbers behind them (targets like «22», actuals) as totals over the schools. */
export function indicatorsBlock(items: readonly ItemSummary[]): Cell[][] {
  const numeric = items.filter((i) => i.actualTotal !== null || i.targetTotal !== null);
  return [
    [...INDICATORS_HEADER],
    ...numeric.map((i) => [
      asText(i.code),
      asText(i.activity),
      i.actualTotal ?? "",
      i.targetTotal ?? "",
      i.actualTotal !== null && i.targetTotal ? Math.round((i.actualTotal / i.targetTotal) * 100) : "",
      i.targetsMet,
      i.targetsNotMet,
    ]),
  ];
}

export const GROUPS_HEADER = RU_UI.sheets.groupsHeader;

/**
 * The roll-up: every level (region → municipalities → clusters) when the worker sends the tree, a
 * level's names indented under its parent; else the one level up it sent as groups.
 */
export function groupsBlock(summary: Summary): Cell[][] {
  const rows = summary.tree.length > 0 ? summary.tree : summary.groups.map((g) => ({ ...g, depth: 0 }));
  return [
    [...GROUPS_HEADER],
    ...rows.map((g) => [
      asText(`${"    ".repeat(g.depth)}${g.name}`),
      g.counts.total,
      g.counts.submitted,
      g.counts.late,
      g.counts.draft,
      g.counts.notSubmitted,
      percent(g.completion.done, g.completion.required),
      g.overdue,
      g.missing,
    ]),
  ];
}

export const FINDINGS_HEADER = FINDINGS_HEADER_RU;

/** «Замечания» (issue 9): one row per finding of each counted version, for filtering and sorting. */
export function findingsBlock(summary: Summary): Cell[][] {
  const orgs = new Map(summary.orgs.map((o) => [o.orgId, o]));
  const groups = new Map(summary.groups.map((g) => [g.orgId, g.name]));
  return [
    [...FINDINGS_HEADER],
    ...(summary.findings ?? []).map((f) => {
      const org = orgs.get(f.orgId);
      return [
        asText(org?.name ?? f.orgId),
        asText(f.orgId),
        asText(org ? (groups.get(org.groupId) ?? org.groupId) : ""),
        asText(f.itemCode ?? ""),
        asText(f.activity ?? ""),
        asText(f.message),
        SEVERITY_RU[f.severity],
        f.row === null ? "" : `${f.column ?? ""}${f.row}`,
      ];
    }),
  ];
}
