import { basename, extname } from "node:path";
import { MAX_CELL_CHARS_TEXT, oversizedCell } from "../../shared/api/cell-limit.ts";
import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import { schoolFromTitle } from "../../shared/roadmap/school-name.ts";
import type { Template } from "../../shared/templates/model.ts";
import { pickTemplate } from "../../shared/templates/pick.ts";
import { validate, validateRead } from "../../shared/validate/index.ts";
import type { Report, ValidateOptions } from "../../shared/validate/types.ts";
import { readGrid } from "./read-file.ts";

export type FileResult =
  | { ok: true; path: string; school: string; report: Report; template: Template; pickScore: number | null }
  | { ok: false; path: string; school: string; message: string };

/** One file: read, pick the template (unless given), validate. Never throws for a bad file. */
export async function validateFile(
  path: string,
  template: Template | undefined,
  options: ValidateOptions,
): Promise<FileResult> {
  const fallback = basename(path, extname(path));
  const grid = await readGrid(path);
  if (!grid.ok) return { ok: false, path, school: fallback, message: grid.message };
  // The same limit as the API's: a cell longer than a sheet can hold is unreadable input (exit 2).
  const big = oversizedCell(grid.value);
  if (big) {
    const message = CLI_TEXT.cannotRead(path, CLI_TEXT.cellTooLarge(big, MAX_CELL_CHARS_TEXT));
    return { ok: false, path, school: fallback, message };
  }
  let report: Report;
  let used = template;
  let pickScore: number | null = null;
  if (used) report = validate(grid.value, used, options);
  else {
    const pick = pickTemplate(grid.value);
    used = pick.template;
    pickScore = pick.score;
    report = validateRead(grid.value, pick.read, used, options);
  }
  return {
    ok: true,
    path,
    school: schoolFromTitle(report.title) ?? fallback,
    report,
    template: used,
    pickScore,
  };
}

/** 0 no errors, 1 errors found, 2 not read. */
export function exitCodeOf(r: FileResult): number {
  if (!r.ok) return 2;
  return r.report.counts.error > 0 ? 1 : 0;
}
