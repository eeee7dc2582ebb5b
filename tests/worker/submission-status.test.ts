import { describe, expect, it } from "vitest";
import { dueDateEnds, submissionStatus } from "../../worker/src/services/submission-status.ts";

// Late or on time is decided on the campaign's clock (found while writing the season e2e test: the due
// date was compared with the UTC date, so a Tomsk school sending at 00:30 after it was «принят»).
describe("submissionStatus, inside workerd (its own time-zone data)", () => {
  const tomsk = dueDateEnds({ due_date: "2026-12-10", time_zone: "Asia/Tomsk" });

  it("is on time up to the last minute of the due date in the campaign's zone", () => {
    // 23:59:59 in Tomsk on the due date
    expect(submissionStatus(0, "2026-12-10T16:59:59.999Z", tomsk)).toBe("submitted");
    expect(submissionStatus(0, "2026-12-09T20:00:00.000Z", tomsk)).toBe("submitted");
  });

  it("is late from local midnight, although it is still the due date in UTC", () => {
    // 00:30 on 11 December in Tomsk = 17:30 on 10 December in UTC
    expect(submissionStatus(0, "2026-12-10T17:30:00.000Z", tomsk)).toBe("late");
    expect(submissionStatus(0, "2026-12-10T17:00:00.000Z", tomsk)).toBe("late");
  });

  it("judges the same instant differently for a Moscow campaign", () => {
    const moscow = dueDateEnds({ due_date: "2026-12-10", time_zone: "Europe/Moscow" });
    // 20:30 in Moscow on the due date
    expect(submissionStatus(0, "2026-12-10T17:30:00.000Z", moscow)).toBe("submitted");
    expect(submissionStatus(0, "2026-12-10T21:00:00.000Z", moscow)).toBe("late");
  });

  it("a report with blocking errors is a draft whenever it arrives", () => {
    expect(submissionStatus(1, "2026-12-01T00:00:00.000Z", tomsk)).toBe("draft");
    expect(submissionStatus(2, "2026-12-20T00:00:00.000Z", tomsk)).toBe("draft");
  });
});
