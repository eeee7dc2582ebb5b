import type { Summary } from "../../../shared/api/summary.ts";
import {
  CSV_HEADER_RU,
  FINDINGS_HEADER_RU,
  GROUPS_HEADER_RU,
  ORG_STATUS_RU,
  REVIEW_STATE_RU,
  reviewCommentText,
  SEVERITY_RU,
} from "../../../shared/i18n/ru-summary.ts";

// The summary as typed tables, once, for every export: the CSV writes them as text, the XLSX as typed
// cells (codes stay text, numbers numbers, times dates). Same columns in both.

export type TableCell =
  | { t: "s"; v: string }
  | { t: "n"; v: number | null }
  /** an ISO instant, shown in the campaign's time zone */
  | { t: "d"; v: string | null };

export interface Table {
  name: string;
  header: readonly string[];
  rows: TableCell[][];
}

const s = (v: string): TableCell => ({ t: "s", v });
const n = (v: number | null): TableCell => ({ t: "n", v });
const d = (v: string | null): TableCell => ({ t: "d", v });
const codes = (items: readonly string[]) => items.join(" ");
const percent = (done: number, required: number) => (required > 0 ? Math.round((done / required) * 100) : 0);

export function summaryTables(summary: Summary): { schools: Table; findings: Table; groups: Table } {
  const names = new Map(summary.orgs.map((o) => [o.orgId, o]));
  const groupNames = new Map(summary.groups.map((g) => [g.orgId, g.name]));
  const schools: Table = {
    name: "Сводка",
    header: CSV_HEADER_RU,
    rows: summary.orgs.map((o) => [
      s(o.orgId),
      s(o.name),
      // by name, as «Замечания» names it (the code is on «Группы»)
      s(groupNames.get(o.groupId) ?? o.groupId),
      s(ORG_STATUS_RU[o.status]),
      n(o.version),
      d(o.receivedAt),
      n(o.errors),
      n(o.warnings),
      n(o.completion.done),
      n(o.completion.required),
      s(codes(o.missing)),
      s(codes(o.overdue)),
      s(codes(o.targetsNotMet)),
      s(o.review ? REVIEW_STATE_RU[o.review.state] : ""),
      s(o.review ? reviewCommentText(o.review) : ""),
      n(o.newerDraft ? o.newerDraft.version : null),
      n(o.status === "not-submitted" ? null : percent(o.completion.done, o.completion.required)),
    ]),
  };
  const findings: Table = {
    name: "Замечания",
    header: FINDINGS_HEADER_RU,
    rows: (summary.findings ?? []).map((f) => {
      const org = names.get(f.orgId);
      return [
        s(org?.name ?? f.orgId),
        s(f.orgId),
        s(org ? (groupNames.get(org.groupId) ?? org.groupId) : ""),
        s(f.itemCode ?? ""),
        s(f.activity ?? ""),
        s(f.message),
        s(SEVERITY_RU[f.severity]),
        s(f.row === null ? "" : `${f.column ?? ""}${f.row}`),
      ];
    }),
  };
  const groups: Table = {
    name: "Группы",
    header: GROUPS_HEADER_RU,
    // every level of the roll-up with its depth (0 = the campaign's organisation), depth-first
    rows: (summary.tree.length > 0 ? summary.tree : summary.groups.map((g) => ({ ...g, depth: 1 }))).map(
      (g) => [
        s(g.name),
        s(g.orgId),
        n(g.depth),
        n(g.counts.total),
        n(g.counts.submitted),
        n(g.counts.late),
        n(g.counts.draft),
        n(g.counts.notSubmitted),
        n(percent(g.completion.done, g.completion.required)),
        n(g.overdue),
        n(g.missing),
      ],
    ),
  };
  return { schools, findings, groups };
}
