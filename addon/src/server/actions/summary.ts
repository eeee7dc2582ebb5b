// «Собрать сводку»: one request to the worker, then one setValues per block. The summary sheet is
// rewritten only in its own columns (A…K), so whatever the department keeps to the right — notes,
// formulas, colours — stays on the same school's row after every refresh.
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { type Summary, SummarySchema } from "../../../../shared/api/summary.ts";
import type { Cell } from "../../../../shared/grid.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import {
  findingsBlock,
  groupsBlock,
  indicatorsBlock,
  itemsBlock,
  SUMMARY_COL,
  SUMMARY_HEADER,
  SUMMARY_WIDTH,
  summaryBlock,
} from "../plan/summary-blocks.ts";
import { formatLocal } from "../plan/to-iso-date.ts";
import type { SummaryView } from "../plan/views.ts";
import { readSettings } from "../services/settings.ts";
import {
  boldRow,
  clearBlock,
  DATE_TIME_FORMAT,
  getOrCreateSheet,
  insertColumnsBefore,
  lastColumn,
  lastRow,
  readBlock,
  readFormulas,
  replaceBarChart,
  type Sheet,
  setFrozenRows,
  setNote,
  setNumberFormat,
  setStatusColours,
  writeBlock,
  zoneOffset,
} from "../services/sheet-io.ts";
import { callWorker } from "../services/worker-client.ts";

const STATUS_COLOURS: Record<string, string> = {
  [RU_UI.orgStatus.submitted]: "#d9ead3",
  [RU_UI.orgStatus.late]: "#fff2cc",
  [RU_UI.orgStatus.draft]: "#fce5cd",
  [RU_UI.orgStatus["not-submitted"]]: "#f4cccc",
};

/**
 * The campaign's summary in one request. `withFindings` asks for every school's findings too (only the
 * «Замечания» sheet needs them; the worker leaves them out by default to keep the summary small).
 */
export function fetchSummary(withFindings = false): Result<Summary> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl || !campaign) return err("not-configured", RU_UI.errors.notConfigured);
  const path = fillPath(ROUTES.summary.path, { campaignId: campaign.id });
  const got = callWorker(
    workerUrl,
    { method: "get", path: withFindings ? `${path}?include=findings` : path },
    SummarySchema,
  );
  return got.ok ? ok(got.value.value) : got;
}

/** Replaces a sheet's block in columns 1…width (old rows cleared first), leaving other columns alone. */
function replaceTable(sheet: Sheet, block: Cell[][]): void {
  const width = block[0]!.length;
  clearBlock(sheet, 1, 1, lastRow(sheet), width);
  writeBlock(sheet, 1, 1, block);
  boldRow(sheet, 1, width);
  setFrozenRows(sheet, 1);
}

/** Columns the summary block had before issue 9 added «Проверка», «Комментарий проверки», «Новый черновик». */
const OLD_WIDTH = 11;

/**
 * A sheet written by the older, narrower block may hold the department's own columns right after it:
 * move them right (one insertColumnsBefore) instead of writing the new columns over them.
 */
function makeRoomForNewColumns(sheet: Sheet): void {
  if (lastColumn(sheet) <= OLD_WIDTH) return;
  const header = readBlock(sheet, 1, 1, 1, SUMMARY_WIDTH)[0] ?? [];
  const oldLayout = header[OLD_WIDTH - 1] === SUMMARY_HEADER[OLD_WIDTH - 1];
  if (oldLayout && header[OLD_WIDTH] !== SUMMARY_HEADER[OLD_WIDTH]) {
    insertColumnsBefore(sheet, OLD_WIDTH + 1, SUMMARY_WIDTH - OLD_WIDTH);
  }
}

export function writeSummary(summary: Summary): SummaryView {
  const offset = zoneOffset();
  const sheet = getOrCreateSheet(RU_UI.sheets.summary);
  makeRoomForNewColumns(sheet);
  const existing = readBlock(sheet, 2, 1, lastRow(sheet) - 1, SUMMARY_WIDTH);
  const formulas = readFormulas(sheet, 2, 1, lastRow(sheet) - 1, SUMMARY_WIDTH);
  const block = summaryBlock(summary, existing, formulas);
  // The format before the values: «Получено» is a Date, shown as a date and time in the sheet's zone.
  setNumberFormat(sheet, 2, SUMMARY_COL.received, block.length - 1, 1, DATE_TIME_FORMAT);
  writeBlock(sheet, 1, 1, block);
  boldRow(sheet, 1, SUMMARY_WIDTH);
  setFrozenRows(sheet, 1);
  setNote(
    sheet,
    1,
    1,
    `${RU_UI.sheets.summaryUpdated}: ${formatLocal(summary.generatedAt, offset)}\n${summary.campaign.name}`,
  );
  setStatusColours(sheet, SUMMARY_COL.status, 2, block.length - 1, STATUS_COLOURS);
  replaceBarChart(
    sheet,
    RU_UI.sheets.chartTitle,
    SUMMARY_COL.name,
    SUMMARY_COL.completion,
    block.length,
    Math.max(lastColumn(sheet), SUMMARY_WIDTH) + 2,
  );

  const sheets: string[] = [RU_UI.sheets.summary];
  replaceTable(getOrCreateSheet(RU_UI.sheets.summaryItems), itemsBlock(summary.items));
  sheets.push(RU_UI.sheets.summaryItems);
  replaceTable(getOrCreateSheet(RU_UI.sheets.summaryIndicators), indicatorsBlock(summary.items));
  sheets.push(RU_UI.sheets.summaryIndicators);
  // issue 9: every school's problems where the department works, one row per finding
  replaceTable(getOrCreateSheet(RU_UI.sheets.summaryFindings), findingsBlock(summary));
  sheets.push(RU_UI.sheets.summaryFindings);
  if (summary.groups.length > 0 || summary.tree.length > 1) {
    replaceTable(getOrCreateSheet(RU_UI.sheets.summaryGroups), groupsBlock(summary));
    sheets.push(RU_UI.sheets.summaryGroups);
  }
  return {
    campaignName: summary.campaign.name,
    generatedAt: formatLocal(summary.generatedAt, offset),
    schools: summary.counts.total,
    submitted: summary.counts.submitted + summary.counts.late,
    notSubmitted: summary.counts.notSubmitted + summary.counts.draft,
    sheets,
  };
}

export function buildSummary(): Result<SummaryView> {
  const got = fetchSummary(true);
  if (!got.ok) return got;
  return ok(writeSummary(got.value));
}
