import type { Summary } from "../../../shared/api/summary.ts";
import { wallClock } from "../../../shared/local-time.ts";
import { summaryTables, type Table, type TableCell } from "./summary-table.ts";
import { writeXlsx, type XlsxSheet, type XlsxValue } from "./xlsx-writer.ts";

// The summary as an .xlsx workbook (issue 9): «Сводка», «Замечания», «Группы». Typed cells: codes
// such as «1.1» are text (Russian Excel never turns them into dates), numbers are numbers, times are
// dates in the campaign's time zone (dd.mm.yyyy hh:mm). Written by xlsx-writer.ts over fflate.

function value(c: TableCell, zone: string): XlsxValue {
  if (c.t === "d") return c.v === null ? null : wallClock(c.v, zone);
  return c.v;
}

function sheet(t: Table, zone: string, widths: readonly number[]): XlsxSheet {
  return {
    name: t.name,
    header: t.header,
    widths,
    rows: t.rows.map((row) => row.map((c) => value(c, zone))),
  };
}

export function summaryXlsx(summary: Summary): Uint8Array {
  const zone = summary.campaign.timeZone;
  const { schools, findings, groups } = summaryTables(summary);
  return writeXlsx([
    sheet(schools, zone, [14, 36, 14, 22, 8, 17]),
    sheet(findings, zone, [36, 14, 24, 8, 40, 60, 14, 8]),
    sheet(groups, zone, [36, 14]),
  ]);
}
