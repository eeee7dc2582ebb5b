// Where each of the department's item remarks lives on a roadmap sheet (pure). The rows come from the
// validation report of that sheet — the shared roadmap reader already found every item, its code and
// the template item it was matched to — so a remark «1.2» finds the row a methodist renumbered or
// moved, and text that merely mentions «1.2» in another cell is never taken for it.
import { columnIndex } from "../../../../shared/grid.ts";
import type { Report } from "../../../../shared/validate/types.ts";

export interface RemarkPlace {
  code: string;
  comment: string;
  /** 1-based row of the item on the sheet; null: the item is not on the sheet (any more) */
  row: number | null;
  /** the code column's letter (the cell a click selects), null when not found */
  column: string | null;
  /** «A7», null when not found */
  cell: string | null;
}

/** «1.2.», « 1.2 » and «1.2» are one code. */
export function normalCode(code: string): string {
  return code.trim().replace(/\s+/g, "").replace(/\.+$/, "");
}

export function placeRemarks(
  remarks: readonly { code: string; comment: string }[],
  report: Pick<Report, "items" | "columns">,
): RemarkPlace[] {
  // first row wins: a duplicated code is a finding of its own; the remark points at the first one
  const byTemplate = new Map<string, number>();
  const bySheet = new Map<string, number>();
  for (const item of report.items) {
    if (item.templateCode) {
      const k = normalCode(item.templateCode);
      if (!byTemplate.has(k)) byTemplate.set(k, item.row);
    }
    if (item.code) {
      const k = normalCode(item.code);
      if (!bySheet.has(k)) bySheet.set(k, item.row);
    }
  }
  const column = report.columns.code ?? report.columns.activity ?? "A";
  return remarks.map((r) => {
    const k = normalCode(r.code);
    const row = byTemplate.get(k) ?? bySheet.get(k) ?? null;
    return {
      code: r.code,
      comment: r.comment,
      row,
      column: row === null ? null : column,
      cell: row === null ? null : `${column}${row}`,
    };
  });
}

/** The table's columns as 1-based numbers, first to last (the width a remark's row is painted). */
export function tableSpan(columns: Report["columns"]): { first: number; last: number } {
  const cols = Object.values(columns)
    .filter((c): c is string => typeof c === "string")
    .map((c) => columnIndex(c) + 1);
  if (cols.length === 0) return { first: 1, last: 1 };
  return { first: Math.min(...cols), last: Math.max(...cols) };
}
