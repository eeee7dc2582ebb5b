import type { Summary } from "../../../shared/api/summary.ts";
import {
  CSV_HEADER_RU,
  ORG_STATUS_RU,
  REVIEW_STATE_RU,
  reviewCommentText,
} from "../../../shared/i18n/ru-summary.ts";

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

/** One row per organisation, Russian headers and statuses; flagged items as their codes joined by spaces. */
export function summaryCsv(summary: Summary): string {
  const lines = [CSV_HEADER_RU.map(csvCell).join(SEP)];
  for (const o of summary.orgs) {
    lines.push(
      [
        o.orgId,
        o.name,
        o.groupId,
        ORG_STATUS_RU[o.status],
        o.version,
        o.receivedAt,
        o.errors,
        o.warnings,
        o.completion.done,
        o.completion.required,
        o.missing.map((i) => i.code).join(" "),
        o.overdue.map((i) => i.code).join(" "),
        o.targetsNotMet.map((i) => i.code).join(" "),
        o.review ? REVIEW_STATE_RU[o.review.state] : "",
        o.review ? reviewCommentText(o.review) : "",
        o.newerDraft ? o.newerDraft.version : null,
      ]
        .map(csvCell)
        .join(SEP),
    );
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
