import { writeFile } from "node:fs/promises";
import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import { findingRows, type SummaryCell, summaryRows } from "./summary-rows.ts";
import type { FileResult } from "./validate-file.ts";

// Writes the batch summary: .xlsx with two sheets («Сводка», «Замечания»), or .csv (the summary) with
// the findings beside it in «<name>.findings.csv». Text from the schools' files never becomes a formula.

export async function writeSummary(path: string, results: readonly FileResult[]): Promise<string[]> {
  const summary = summaryRows(results);
  const findings = findingRows(results);
  if (/\.xlsx$/i.test(path)) {
    const { default: writeXlsxFile } = await import("write-excel-file/node");
    const sheet = (data: SummaryCell[][], name: string, widths: number[]) => ({
      data: data.map((row, r) =>
        row.map((v) =>
          v === null ? null : { value: v, ...(r === 0 ? { fontWeight: "bold" as const } : {}) },
        ),
      ),
      sheet: name,
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    });
    await writeXlsxFile([
      sheet(summary, CLI_TEXT.summarySheet, [40, 40, 20, 8, 10, 10, 10, 10, 8, 8, 8, 30, 30, 40]),
      sheet(findings, CLI_TEXT.findingsSheet, [40, 40, 12, 8, 8, 20, 80]),
    ]).toFile(path);
    return [path];
  }
  const findingsPath = path.replace(/\.csv$/i, ".findings.csv");
  await writeFile(path, toCsv(summary));
  await writeFile(findingsPath, toCsv(findings));
  return [path, findingsPath];
}

/** «;»-separated with a BOM and CRLF, as Russian Excel opens it; formula-looking text gets a leading «'». */
export function toCsv(rows: readonly SummaryCell[][]): string {
  const cell = (v: SummaryCell): string => {
    if (v === null) return "";
    if (typeof v === "number") return String(v);
    const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${rows.map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
