import type { Summary } from "../../../shared/api/summary.ts";
import { localText } from "../../../shared/local-time.ts";
import { summaryTables, type TableCell } from "./summary-table.ts";

/**
 * A cell that a spreadsheet will never run as a formula: text starting with = + - @, tab or CR gets a
 * leading apostrophe (OWASP CSV injection advice); then CSV quoting.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// Semicolons, as Excel expects in a Russian locale (Google Sheets detects either).
const SEP = ";";

/** One row per organisation, Russian headers and statuses, times in the campaign's zone; flagged items as their codes joined by spaces. */
export function summaryCsv(summary: Summary): string {
  const zone = summary.campaign.timeZone;
  const { schools } = summaryTables(summary);
  const text = (c: TableCell): string | number | null =>
    c.t === "d" ? (c.v ? localText(c.v, zone) : null) : c.v;
  const lines = [schools.header.map(csvCell).join(SEP)];
  for (const row of schools.rows) lines.push(row.map((c) => csvCell(text(c))).join(SEP));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
