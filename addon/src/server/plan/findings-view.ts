// A validation report as the sidebar shows it: findings grouped by severity (errors first), each
// with the cell to jump to. Pure, so grouping and ordering are tested without a spreadsheet.
import type { Finding, Report } from "../../../../shared/validate/types.ts";
import type { FindingView, Severity, ValidationView } from "./views.ts";

const ORDER: Severity[] = ["error", "warning", "info"];

export function findingView(f: Finding): FindingView {
  const cell = f.row === null ? "" : `${f.column ?? "A"}${f.row}`;
  return { code: f.code, severity: f.severity, row: f.row, column: f.column, cell, message: f.message };
}

export function groupFindings(findings: readonly Finding[]): ValidationView["groups"] {
  return ORDER.map((severity) => ({
    severity,
    findings: findings
      .filter((f) => f.severity === severity)
      .map(findingView)
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
  })).filter((g) => g.findings.length > 0);
}

export function countsOf(report: Report): Record<Severity, number> {
  return { error: report.counts.error, warning: report.counts.warning, info: report.counts.info };
}
