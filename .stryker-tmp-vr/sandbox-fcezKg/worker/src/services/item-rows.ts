import type { Template } from "../../../shared/templates/model.ts";
import type { Finding, Item, Report } from "../../../shared/validate/types.ts";
import type { FindingRow, ItemRow } from "../db/rows.ts";
import { actualValue, targetValue } from "./target-value.ts";

function itemRow(item: Item, year: number | null): ItemRow {
  return {
    row: item.row,
    code: item.code,
    template_code: item.templateCode,
    activity: item.activity,
    state: item.state,
    status: item.status,
    deadline_kind: item.deadline.kind,
    deadline_start: item.deadline.start ?? null,
    deadline_end: item.deadline.end ?? null,
    actual: item.actual,
    actual_value: actualValue(item.actual),
    target_value: targetValue(item.target, year),
    target_met: item.targetMet === null ? null : item.targetMet ? 1 : 0,
  };
}

/**
 * The normalised items to store: every item of the sheet, plus a `missing` row for each required
 * template item the sheet lacks, so "missing per item" is a plain GROUP BY later.
 */
export function itemRows(report: Report, template: Template, year: number | null): ItemRow[] {
  const rows = report.items.map((item) => itemRow(item, year));
  const present = new Set(report.items.map((i) => i.templateCode).filter((c): c is string => c !== null));
  for (const t of template.items) {
    if (!t.required || present.has(t.code)) continue;
    rows.push({
      row: null,
      code: null,
      template_code: t.code,
      activity: t.activity,
      state: "missing",
      status: null,
      deadline_kind: "none",
      deadline_start: null,
      deadline_end: null,
      actual: "",
      actual_value: null,
      target_value: null,
      target_met: null,
    });
  }
  return rows;
}

export const findingRows = (findings: readonly Finding[]): FindingRow[] =>
  findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    row: f.row,
    col: f.column,
    message: f.message,
    params: JSON.stringify(f.params),
  }));
