import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import type { Template } from "../../shared/templates/model.ts";
import type { Report } from "../../shared/validate/types.ts";

const WIDTHS = [10, 6, 7, 22];

/** A readable Russian table of the findings, with a short summary above it. */
export function formatReport(report: Report, template: Template, pickScore: number | null): string {
  const lines: string[] = [];
  lines.push(
    pickScore === null
      ? CLI_TEXT.template(template.name, template.id)
      : CLI_TEXT.pickedTemplate(template.name, template.id, pickScore),
  );
  if (report.title) lines.push(CLI_TEXT.title(report.title));
  lines.push(report.period ? CLI_TEXT.period(report.period.start, report.period.end) : CLI_TEXT.noPeriod);
  if (report.headerRow) lines.push(CLI_TEXT.header(report.headerRow));
  lines.push(CLI_TEXT.itemsSections(report.items.length, report.sections.length));
  const c = report.completion;
  lines.push(CLI_TEXT.completion(c.present, c.required, c.done));
  lines.push(CLI_TEXT.counts(report.counts.error, report.counts.warning, report.counts.info), "");
  if (report.findings.length === 0) {
    lines.push(CLI_TEXT.noFindings);
    return `${lines.join("\n")}\n`;
  }
  const row = (cells: string[]) =>
    cells
      .map((cell, i) => (i < WIDTHS.length ? cell.padEnd(WIDTHS[i]!) : cell))
      .join(" ")
      .trimEnd();
  lines.push(row([...CLI_TEXT.tableHead]));
  lines.push(row(WIDTHS.map((w) => "-".repeat(w)).concat("-".repeat(40))));
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...report.findings].sort(
    (a, b) => order[a.severity] - order[b.severity] || (a.row ?? 0) - (b.row ?? 0),
  );
  for (const f of sorted) {
    lines.push(
      row([
        CLI_TEXT.severity[f.severity] ?? f.severity,
        f.row ? String(f.row) : "",
        f.column ?? "",
        f.code,
        f.message,
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}
