import writeXlsxFile, { type Cell, type Sheet } from "write-excel-file/universal";
import type { Summary } from "../../../shared/api/summary.ts";
import { wallClock } from "../../../shared/local-time.ts";
import { summaryTables, type Table, type TableCell } from "./summary-table.ts";

// The summary as an .xlsx workbook (issue 9): «Сводка», «Замечания», «Группы». Typed cells: codes
// such as «1.1» are text (Russian Excel never turns them into dates), numbers are numbers, times are
// dates in the campaign's time zone. write-excel-file's universal build needs only fflate and Blob,
// both fine in workerd.

const DATE_FORMAT = "dd.mm.yyyy hh:mm";

function cell(c: TableCell, zone: string): Cell {
  if (c.t === "s") return c.v === "" ? null : { type: String, value: c.v };
  if (c.t === "n") return c.v === null ? null : { type: Number, value: c.v };
  return c.v === null ? null : { type: Date, value: wallClock(c.v, zone), format: DATE_FORMAT };
}

function sheet(t: Table, zone: string, widths: readonly number[]): Sheet<never> {
  return {
    sheet: t.name,
    stickyRowsCount: 1,
    columns: t.header.map((_, i) => ({ width: widths[i] ?? 14 })),
    data: [
      t.header.map((h) => ({ type: String, value: h, fontWeight: "bold" as const })),
      ...t.rows.map((row) => row.map((c) => cell(c, zone))),
    ],
  };
}

export async function summaryXlsx(summary: Summary): Promise<Blob> {
  const zone = summary.campaign.timeZone;
  const { schools, findings, groups } = summaryTables(summary);
  return writeXlsxFile([
    sheet(schools, zone, [14, 36, 14, 22, 8, 17]),
    sheet(findings, zone, [36, 14, 24, 8, 40, 60, 14, 8]),
    sheet(groups, zone, [36, 14]),
  ] as Sheet<never>[]).toBlob();
}
