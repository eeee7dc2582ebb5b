// «Проверить»: one read of the active sheet, the shared engine run locally (works offline), and
// the template chosen the way a methodist would expect: the one they inserted, else the campaign's,
// else the built-in template the sheet resembles most (hand-made or pasted from Word).
import type { Grid } from "../../../../shared/grid.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { Template } from "../../../../shared/templates/model.ts";
import { pickTemplate } from "../../../../shared/templates/pick.ts";
import { validate } from "../../../../shared/validate/index.ts";
import type { Report } from "../../../../shared/validate/types.ts";
import { countsOf, groupFindings } from "../plan/findings-view.ts";
import { findTemplate } from "../plan/template-catalog.ts";
import type { ValidationView } from "../plan/views.ts";
import { readSettings, readSheetTemplate } from "../services/settings.ts";
import { activeSheet, readGrid, type Sheet, sheetKey, sheetName, today } from "../services/sheet-io.ts";

export interface CheckedSheet {
  sheet: Sheet;
  grid: Grid;
  template: Template;
  source: ValidationView["templateSource"];
  report: Report;
}

export function checkActiveSheet(): Result<CheckedSheet> {
  const sheet = activeSheet();
  if (!sheet) return err("no-sheet", RU_UI.errors.noSheet);
  const grid = readGrid(sheet);
  if (grid.length === 0) return err("empty-sheet", RU_UI.errors.emptySheet);
  const { campaign } = readSettings();
  const inserted = readSheetTemplate(sheetKey(sheet));
  let template: Template | null = null;
  let source: ValidationView["templateSource"] = "picked";
  if (inserted) {
    template = findTemplate(inserted.templateId, inserted.version);
    source = "inserted";
  }
  if (!template && campaign) {
    template = findTemplate(campaign.templateId, campaign.templateVersion);
    source = "campaign";
  }
  if (!template) {
    template = pickTemplate(grid).template;
    source = "picked";
  }
  const report = validate(grid, template, {
    asOf: campaign?.reportDate ?? today(),
    period: campaign?.period ?? null,
  });
  return ok({ sheet, grid, template, source, report });
}

export function validationView(c: CheckedSheet): ValidationView {
  return {
    sheetName: sheetName(c.sheet),
    templateId: c.template.id,
    templateName: c.template.name,
    templateSource: c.source,
    counts: countsOf(c.report),
    groups: groupFindings(c.report.findings),
    completion: c.report.completion,
    rows: c.grid.length,
  };
}
