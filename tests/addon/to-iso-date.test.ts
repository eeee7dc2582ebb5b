// Dates typed by a school come back from getValues as instants (local midnight in the spreadsheet's
// zone); the worker must receive the calendar day the school typed, whatever zone the sheet is in
// and whatever zone the script runs in. Pinned here on the pure functions; typed-dates.test.ts pins
// it through the bundle (kept apart: it builds the add-on, which `npm run mutate` does not want per
// shared/ mutant).
import { describe, expect, it } from "vitest";
import { formatLocal, toIsoDate } from "../../addon/src/server/plan/to-iso-date.ts";

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
