import { describe, expect, it } from "vitest";
import { dayEndsAt, localText } from "../../shared/local-time.ts";

// When a day ends depends on where the department is: the next local midnight, as an instant.
describe("dayEndsAt", () => {
  it("ends a day at the next local midnight of the zone", () => {
    // Tomsk is UTC+7 all year: its 11 December begins at 17:00 UTC on the 10th
    expect(dayEndsAt("2026-12-10", "Asia/Tomsk")).toBe(Date.parse("2026-12-10T17:00:00Z"));
    expect(dayEndsAt("2026-12-10", "Europe/Moscow")).toBe(Date.parse("2026-12-10T21:00:00Z"));
    expect(dayEndsAt("2026-12-10", "UTC")).toBe(Date.parse("2026-12-11T00:00:00Z"));
    // the last day of a year and of February
    expect(dayEndsAt("2026-12-31", "Asia/Tomsk")).toBe(Date.parse("2026-12-31T17:00:00Z"));
    expect(dayEndsAt("2028-02-28", "Asia/Tomsk")).toBe(Date.parse("2028-02-28T17:00:00Z"));
  });

  it("uses the offset in force at that midnight when the zone changes clocks", () => {
    // Berlin: summer time from 29.03.2026 02:00, winter time from 25.10.2026 03:00
    expect(dayEndsAt("2026-03-28", "Europe/Berlin")).toBe(Date.parse("2026-03-28T23:00:00Z"));
    expect(dayEndsAt("2026-03-29", "Europe/Berlin")).toBe(Date.parse("2026-03-29T22:00:00Z"));
    expect(dayEndsAt("2026-10-24", "Europe/Berlin")).toBe(Date.parse("2026-10-24T22:00:00Z"));
    expect(dayEndsAt("2026-10-25", "Europe/Berlin")).toBe(Date.parse("2026-10-25T23:00:00Z"));
  });

  it("agrees with what the exports show: one millisecond before, the clock still shows the day", () => {
    const end = dayEndsAt("2026-12-10", "Asia/Tomsk");
    expect(localText(new Date(end - 1).toISOString(), "Asia/Tomsk")).toBe("10.12.2026 23:59");
    expect(localText(new Date(end).toISOString(), "Asia/Tomsk")).toBe("11.12.2026 00:00");
  });
});
