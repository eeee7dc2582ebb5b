// Before «Отправить»: which sheet is about to go, and is it the campaign's roadmap? The methodist
// sees the sheet's name and a warning when it was not inserted from the campaign's template or does
// not look like that roadmap at all (the worker would refuse it with 422), and confirms.
import { ruNotARoadmap } from "../../../../shared/i18n/ru-errors.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { validate } from "../../../../shared/validate/index.ts";
import { notARoadmap } from "../../../../shared/validate/roadmap-fit.ts";
import { findTemplate } from "../plan/template-catalog.ts";
import type { SubmitPreview } from "../plan/views.ts";
import { readSettings, readSheetTemplate } from "../services/settings.ts";
import { activeSheet, readGrid, sheetKey, sheetName } from "../services/sheet-io.ts";

export function previewSubmit(): Result<SubmitPreview> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl || !campaign) return err("not-configured", RU_UI.errors.notConfigured);
  const sheet = activeSheet();
  if (!sheet) return err("no-sheet", RU_UI.errors.noSheet);
  const name = sheetName(sheet);
  const T = RU_UI.sidebar.submit;
  const template = findTemplate(campaign.templateId, campaign.templateVersion);
  const inserted = readSheetTemplate(sheetKey(sheet));
  const fromTemplate = inserted !== null && inserted.templateId === campaign.templateId;
  let warning: string | null = null;
  let refused = false;
  const grid = readGrid(sheet);
  if (grid.length === 0) {
    warning = RU_UI.errors.emptySheet;
    refused = true;
  } else if (template) {
    const report = validate(grid, template, { asOf: campaign.reportDate, period: campaign.period });
    const fit = notARoadmap(report, template);
    if (fit) {
      warning = fill(T.notRoadmap, { name, reason: ruNotARoadmap(fit) });
      refused = true;
    }
  }
  if (!warning && !fromTemplate) warning = fill(T.notTemplateSheet, { name });
  return ok({ sheetName: name, campaignName: campaign.name, fromTemplate, warning, refused });
}
