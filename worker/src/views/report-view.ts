import type { ReportView } from "../../../shared/api/report.ts";
import type { Report } from "../../../shared/validate/types.ts";
import type { ItemRow } from "../db/rows.ts";
import { itemView } from "./item-view.ts";

/** The wire view of an engine report; its items as stored submissions show them (services/item-rows). */
export function reportView(report: Report, items: readonly ItemRow[]): ReportView {
  return {
    template: report.template,
    templateVersion: report.templateVersion,
    title: report.title,
    period: report.period,
    headerRow: report.headerRow,
    counts: report.counts,
    completion: report.completion,
    findings: report.findings.map((f) => ({ ...f })),
    items: items.map(itemView),
  };
}
