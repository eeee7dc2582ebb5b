// «Вставить шаблон»: a new sheet (never an existing one) laid out from a built-in template.
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { findPeriod, type Period } from "../../../../shared/parse/period.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { renderTemplate } from "../../../../shared/templates/render.ts";
import { findTemplate } from "../plan/template-catalog.ts";
import { templatePlan } from "../plan/template-plan.ts";
import type { InsertedView } from "../plan/views.ts";
import { readSettings, writeSheetTemplate } from "../services/settings.ts";
import { activateSheet, applyPlan, insertUniqueSheet, sheetKey, sheetName } from "../services/sheet-io.ts";

/** Sheet names are limited to 100 characters; keep room for " (2)". */
const MAX_NAME = 90;

export function insertTemplate(templateId: string, periodText: string): Result<InsertedView> {
  const template = findTemplate(templateId);
  if (!template) return err("template-not-found", fill(RU_UI.errors.templateNotFound, { id: templateId }));
  // The period typed in the sidebar wins, then the campaign's, then the template's own.
  const typed: Period | null = periodText.trim() ? findPeriod(`на ${periodText.trim()}`) : null;
  const campaign = readSettings().campaign;
  const period = typed ?? (campaign?.templateId === template.id ? campaign.period : null) ?? template.period;
  const rendered = renderTemplate(template, period);
  const sheet = insertUniqueSheet(template.name.slice(0, MAX_NAME));
  applyPlan(sheet, templatePlan(template, rendered));
  writeSheetTemplate(sheetKey(sheet), {
    templateId: template.id,
    version: template.version,
    period: period ? `${period.start}/${period.end}` : "",
  });
  activateSheet(sheet);
  return ok({ sheetName: sheetName(sheet), rows: rendered.grid.length });
}
