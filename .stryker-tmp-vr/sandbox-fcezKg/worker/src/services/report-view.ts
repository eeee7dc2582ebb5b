import type { ReportView } from "../../../shared/api/report.ts";
import type { Template } from "../../../shared/templates/model.ts";
import type { Report } from "../../../shared/validate/types.ts";
import { itemView } from "../views/item-view.ts";
import { itemRows } from "./item-rows.ts";

/** The wire view of an engine report (the same item view as stored submissions). */
export function reportView(report: Report, template: Template, year: number | null): ReportView {
  return {
    template: report.template,
    templateVersion: report.templateVersion,
    title: report.title,
    period: report.period,
    headerRow: report.headerRow,
    counts: report.counts,
    completion: report.completion,
    findings: report.findings.map((f) => ({ ...f })),
    items: itemRows(report, template, year).map(itemView),
  };
}
