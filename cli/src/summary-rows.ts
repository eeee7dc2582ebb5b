import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import type { FileResult } from "./validate-file.ts";

export type SummaryCell = string | number | null;

/** One row per file: who, which template, how complete, what is missing and overdue; a file that
 *  was not read keeps its row with the reason, so nothing sent in goes unnoticed. */
export function summaryRows(results: readonly FileResult[]): SummaryCell[][] {
  const rows: SummaryCell[][] = [[...CLI_TEXT.summaryHead]];
  for (const r of results) {
    if (!r.ok) {
      rows.push([
        r.path,
        r.school,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        r.message,
      ]);
      continue;
    }
    const { report } = r;
    const c = report.completion;
    const missing = report.findings
      .filter((f) => f.code === "missing-item")
      .map((f) => String(f.params.code ?? ""))
      .filter(Boolean);
    const overdue = report.items.filter((i) => i.state === "overdue").map((i) => i.code ?? `стр. ${i.row}`);
    rows.push([
      r.path,
      r.school,
      r.template.id,
      report.items.length,
      c.present,
      c.required,
      c.done,
      c.required ? Math.round((c.done / c.required) * 100) : null,
      report.counts.error,
      report.counts.warning,
      report.counts.info,
      missing.join(", "),
      overdue.join(", "),
      null,
    ]);
  }
  return rows;
}

/** Every finding of every file, one row each. */
export function findingRows(results: readonly FileResult[]): SummaryCell[][] {
  const rows: SummaryCell[][] = [[...CLI_TEXT.findingsHead]];
  for (const r of results) {
    if (!r.ok) {
      rows.push([r.path, r.school, CLI_TEXT.severity.error ?? "error", null, null, null, r.message]);
      continue;
    }
    for (const f of r.report.findings) {
      rows.push([
        r.path,
        r.school,
        CLI_TEXT.severity[f.severity] ?? f.severity,
        f.row,
        f.column,
        f.code,
        f.message,
      ]);
    }
  }
  return rows;
}
