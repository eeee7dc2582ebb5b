// Dates typed by a school come back from getValues as instants (local midnight in the spreadsheet's
// zone); through the bundled add-on the worker must receive the calendar day the school typed,
// whatever zone the sheet is in (the pure functions: to-iso-date.test.ts).
import { describe, expect, it } from "vitest";
import { bundledAddon } from "./fakes/load-addon.ts";
import { schoolSheet } from "./sheets.ts";
import { configure, receipt } from "./worker-fixtures.ts";

describe("a school's typed dates reach the worker as the day typed, in every zone", () => {
  const addon = bundledAddon();

  for (const zone of ["Europe/Moscow", "Asia/Vladivostok", "Europe/Kaliningrad", "America/New_York", "UTC"]) {
    it(`in ${zone}`, () => {
      const env = addon();
      env.book.setSpreadsheetTimeZone(zone);
      const grid = schoolSheet(3);
      grid[2]![3] = "12.05.2024"; // typed into the deadline column: Sheets makes it a date
      grid[3]![3] = "1.9.2024";
      env.book.addSheet("Карта", grid);
      expect(Object.prototype.toString.call(env.book.sheet("Карта").cell("D3").value)).toBe("[object Date]");
      configure(env);
      env.urlFetch.respond((req) => ({
        status: 201,
        body: receipt(JSON.parse(req.payload!).submissionId, 1),
      }));
      expect(env.call("submitSheet").ok).toBe(true);
      const body = JSON.parse(env.urlFetch.requests[0]!.payload!);
      expect(body.grid[2][3]).toBe("2024-05-12");
      expect(body.grid[3][3]).toBe("2024-09-01");
    });
  }
});
