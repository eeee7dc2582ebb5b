import type { Template } from "../templates/model.ts";
import type { Report } from "./types.ts";

// Is this sheet a roadmap of the template at all? A sheet with no header row, or one where almost no
// template item can be found (the «Квитанции» log, another template's table, a blank sheet), is not
// a report with errors but the wrong sheet: the worker refuses it (422) instead of storing a draft,
// and the add-on warns before sending it.

/** Fewer matched template items than this share of the template means "not this roadmap". */
export const MIN_MATCHED_SHARE = 0.25;

export type NotARoadmap =
  | { reason: "no-header" }
  | { reason: "few-items"; matched: number; expected: number };

export function notARoadmap(report: Report, template: Template): NotARoadmap | null {
  if (report.headerRow === 0) return { reason: "no-header" };
  if (template.kind === "indicators" || template.items.length === 0) return null;
  const matched = new Set<string>();
  for (const item of report.items) if (item.templateCode) matched.add(item.templateCode);
  const expected = template.items.length;
  if (matched.size < Math.ceil(expected * MIN_MATCHED_SHARE)) {
    return { reason: "few-items", matched: matched.size, expected };
  }
  return null;
}
