// Dates typed by a school come back from getValues as instants (local midnight in the spreadsheet's
// zone); the worker must receive the calendar day the school typed, whatever zone the sheet is in
// and whatever zone the script runs in. Pinned both on the pure functions and through the bundle.
import { describe, expect, it } from "vitest";
import { formatLocal, toIsoDate } from "../../addon/src/server/plan/to-iso-date.ts";
import { bundledAddon } from "./fakes/load-addon.ts";
import { schoolSheet } from "./sheets.ts";
import { configure, receipt } from "./worker-fixtures.ts";

describe("toIsoDate", () => {
  it("gives the calendar day at the zone's offset, not the UTC day", () => {
    // 12 May 2024 00:00 in each zone, and the offset Utilities.formatDate(…, "Z") gives there
    expect(toIsoDate(new Date("2024-05-11T21:00:00Z"), 180)).toBe("2024-05-12"); // Moscow
    expect(toIsoDate(new Date("2024-05-11T14:00:00Z"), 600)).toBe("2024-05-12"); // Vladivostok
    expect(toIsoDate(new Date("2024-05-11T22:00:00Z"), 120)).toBe("2024-05-12"); // Kaliningrad
    expect(toIsoDate(new Date("2024-05-12T04:00:00Z"), -240)).toBe("2024-05-12"); // New York (EDT)
    expect(toIsoDate(new Date("2024-05-12T00:00:00Z"), 0)).toBe("2024-05-12");
  });

  it("the same instant is a different day in different zones", () => {
    const instant = new Date("2024-12-31T22:30:00Z");
    expect(toIsoDate(instant, 0)).toBe("2024-12-31");
    expect(toIsoDate(instant, 180)).toBe("2025-01-01");
    expect(toIsoDate(instant, -300)).toBe("2024-12-31");
  });

  it("pads months, days and years to ISO width", () => {
    expect(toIsoDate(new Date("2024-01-05T00:00:00Z"), 0)).toBe("2024-01-05");
    expect(toIsoDate(new Date(Date.UTC(999, 8, 9)), 0)).toBe("0999-09-09");
  });
});

describe("formatLocal", () => {
  it("shows an ISO instant as dd.MM.yyyy HH:mm at the offset", () => {
    expect(formatLocal("2024-05-20T07:30:00Z", 180)).toBe("20.05.2024 10:30");
    expect(formatLocal("2024-05-20T07:05:00Z", 600)).toBe("20.05.2024 17:05");
    expect(formatLocal("2024-01-01T02:09:00Z", -240)).toBe("31.12.2023 22:09");
  });

  it("returns text that is not an instant unchanged", () => {
    expect(formatLocal("не дата", 180)).toBe("не дата");
  });
});

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
