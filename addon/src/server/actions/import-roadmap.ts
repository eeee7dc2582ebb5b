// «Импорт из файла» (a .docx, .xlsx or .csv the sidebar uploads) and «Перенести в шаблон» (a sheet of this
// spreadsheet in the school's own format): a preview of the column mapping first, then a new sheet of
// the department's template with the school's items laid in (shared/import/plan-import.ts).
import { strFromU8 } from "fflate";
import { docxGrid, readDocx } from "../../../../shared/docx/read-docx.ts";
import type { Grid } from "../../../../shared/grid.ts";
import { fill, RU_IMPORT, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { type ImportNote, type ImportPlan, planImport } from "../../../../shared/import/plan-import.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { TEMPLATES } from "../../../../shared/templates/registry.ts";
import { gridFromCsv, gridFromTsv } from "../../../../shared/text-grid.ts";
import { readXlsx, tableSheet } from "../../../../shared/xlsx/read-xlsx.ts";
import { safeRows } from "../plan/formula-safe.ts";
import type { ImportView } from "../plan/import-views.ts";
import { findTemplate } from "../plan/template-catalog.ts";
import { templatePlan } from "../plan/template-plan.ts";
import { readSettings, writeSheetTemplate } from "../services/settings.ts";
import {
  activateSheet,
  activeSheet,
  applyPlan,
  insertUniqueSheet,
  readGrid,
  sheetKey,
  sheetName,
} from "../services/sheet-io.ts";
import { bytesFromBase64 } from "../services/utilities.ts";

const MAX_BYTES = 20 * 1024 * 1024;
const MAX_NAME = 80;

function gridOfFile(name: string, base64: string): Result<Grid> {
  const ext = (/\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "").slice(0, 10);
  if (![".docx", ".xlsx", ".csv", ".tsv", ".txt"].includes(ext))
    return err("unsupported", fill(RU_IMPORT.unsupported, { ext }));
  if (base64.length > (MAX_BYTES * 4) / 3 + 4) return err("too-large", RU_IMPORT.tooLarge);
  const bytes = bytesFromBase64(base64);
  if (ext === ".docx") {
    const doc = readDocx(bytes);
    return doc.ok ? ok(docxGrid(doc.value)) : err("bad-docx", RU_IMPORT.badDocx);
  }
  if (ext === ".xlsx") {
    const book = readXlsx(bytes);
    const sheet = book.ok ? tableSheet(book.value) : null;
    return sheet ? ok(sheet.grid) : err("bad-xlsx", RU_IMPORT.badXlsx);
  }
  const text = strFromU8(bytes);
  return ok(ext === ".csv" ? gridFromCsv(text) : gridFromTsv(text));
}

function noteText(n: ImportNote): string {
  const p = {
    code: n.code ?? "—",
    activity: n.activity.slice(0, 80),
    row: n.row ?? "",
    section: n.section ?? "",
  };
  if (n.kind === "missing") return fill(RU_IMPORT.missing, p);
  return fill(n.section ? RU_IMPORT.added : RU_IMPORT.addedAtEnd, p);
}

function plan(grid: Grid): Result<ImportPlan> {
  const campaign = readSettings().campaign;
  const wanted = campaign ? findTemplate(campaign.templateId) : null;
  const p = planImport(grid, TEMPLATES, wanted ?? undefined);
  return p.ok ? p : err("not-a-roadmap", RU_IMPORT.notARoadmap);
}

function run(grid: Grid, baseName: string, apply: boolean): Result<ImportView> {
  const p = plan(grid);
  if (!p.ok) return p;
  const template = findTemplate(p.value.templateId);
  if (!template)
    return err("template-not-found", fill(RU_UI.errors.templateNotFound, { id: p.value.templateId }));
  const view: ImportView = {
    templateId: template.id,
    templateName: template.name,
    columns: p.value.columns.map((c) => ({
      column: c.column,
      header: c.header,
      target: c.target ?? RU_IMPORT.notImported,
    })),
    matched: p.value.matched,
    notes: p.value.notes.map(noteText),
    sheetName: null,
  };
  if (!apply) return ok(view);
  const rendered = { ...p.value.rendered, grid: safeRows(p.value.rendered.grid) };
  const sheet = insertUniqueSheet(`${baseName.slice(0, MAX_NAME)}${RU_IMPORT.sheetSuffix}`);
  applyPlan(sheet, templatePlan(template, rendered));
  const period = p.value.period;
  writeSheetTemplate(sheetKey(sheet), {
    templateId: template.id,
    version: template.version,
    period: period ? `${period.start}/${period.end}` : "",
  });
  activateSheet(sheet);
  return ok({ ...view, sheetName: sheetName(sheet) });
}

/** «Импорт из файла»: preview when `apply` is false, then the same call with true writes the sheet. */
export function importFile(fileName: string, base64: string, apply: boolean): Result<ImportView> {
  const grid = gridOfFile(fileName, base64);
  if (!grid.ok) return grid;
  return run(grid.value, fileName.replace(/\.[^.]+$/, ""), apply);
}

/** «Перенести в шаблон»: the active sheet, in the school's own layout, into the template. */
export function transferSheet(apply: boolean): Result<ImportView> {
  const sheet = activeSheet();
  if (!sheet) return err("no-sheet", RU_UI.errors.noSheet);
  return run(readGrid(sheet), sheetName(sheet), apply);
}
