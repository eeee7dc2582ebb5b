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

const named = (v: string | number | undefined): string | null => (v === undefined ? null : String(v));

/**
 * The findings to store, each with the item it is about (the department's «Замечания» reads them
 * without joining the items): the item on the finding's row (the first one there), or the item a
 * missing-item finding names in its params. Migration 0008 back-filled older rows by the same rule.
 */
export function findingRows(findings: readonly Finding[], items: readonly Item[]): FindingRow[] {
  const onRow = new Map<number, Item>();
  for (const item of items) if (!onRow.has(item.row)) onRow.set(item.row, item);
  return findings.map((f) => {
    const item = f.row === null ? undefined : onRow.get(f.row);
    return {
      code: f.code,
      severity: f.severity,
      row: f.row,
      col: f.column,
      message: f.message,
      params: JSON.stringify(f.params),
      item_code: item?.code ?? named(f.params["code"]),
      activity: item ? item.activity : named(f.params["activity"]),
    };
  });
}
