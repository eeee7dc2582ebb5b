import { describe, expect, it } from "vitest";
import { getTemplate } from "../../shared/templates/registry.ts";
import type { ItemRow } from "../../worker/src/db/rows.ts";
import { makeDigest, readDigest } from "../../worker/src/services/digest.ts";
import { buildSummary } from "../../worker/src/services/summary.ts";

const template = getTemplate("municipal-roadmap")!;
const [t0, t1] = template.items;

const item = (over: Partial<ItemRow>): ItemRow => ({
  row: 3,
  code: null,
  template_code: null,
  activity: "a",
  state: "done",
  status: null,
  deadline_kind: "period",
  deadline_start: null,
  deadline_end: null,
  actual: "",
  actual_value: null,
  target_value: null,
  target_met: null,
  ...over,
});

describe("digest", () => {
  it("one character per template item; absent items read as missing; extras kept only when flagged", () => {
    const digest = readDigest(
      makeDigest(
        [
          item({
            code: t0!.code,
            template_code: t0!.code,
            state: "done",
            target_met: 1,
            actual_value: 3,
            target_value: 1,
          }),
          item({ code: t1!.code, template_code: t1!.code, state: "overdue", target_met: 0 }),
          item({ code: "9.1", state: "overdue" }),
          item({ code: "9.2", state: "done" }),
          item({ code: null, row: 41, state: "overdue" }),
        ],
        template,
      ),
    );
    expect(digest.s).toHaveLength(template.items.length);
    expect(digest.s.slice(0, 3)).toBe("dom");
    expect(digest.t.slice(0, 3)).toBe("10-");
    // an extra item without a number is named by its sheet row, never by an empty code
    expect(digest.x).toEqual([
      ["9.1", "o", "-"],
      ["стр. 41", "o", "-"],
    ]);
    expect(digest.n).toEqual([[0, 3, 1]]);
  });

  it("a corrupt digest reads as empty instead of failing the summary", () => {
    expect(readDigest("{not json")).toEqual({ s: "", t: "", x: [], n: [] });
    expect(readDigest("2;dd;11")).toEqual({ s: "", t: "", x: [], n: [] });
    // a broken number list stops the scan (no endless loop), what came before is kept
    expect(readDigest("2;dd;11;0:5,1;")).toEqual({ s: "dd", t: "11", x: [], n: [] });
    expect(readDigest("2;dd;11;0:1:2,3;")).toEqual({ s: "dd", t: "11", x: [], n: [[0, 1, 2]] });
  });

  it("format 2 keeps numbers (zero, fractions, absent) and any extra code; format 1 (JSON) is still read", () => {
    const rows = [
      item({ code: t0!.code, template_code: t0!.code, actual_value: 0, target_value: null }),
      item({ code: t1!.code, template_code: t1!.code, actual_value: 2.5, target_value: 1e21 }),
      item({ code: "9;1:2,3", state: "overdue", target_met: 0 }),
      item({ code: "многострочный\nкод", state: "overdue" }),
      item({ code: "", state: "overdue" }),
    ];
    const text = makeDigest(rows, template);
    expect(text.startsWith("3;")).toBe(true);
    const d = readDigest(text);
    expect(d.n).toEqual([
      [0, 0, null],
      [1, 2.5, 1e21],
    ]);
    expect(d.x).toEqual([
      ["9;1:2,3", "o", "0"],
      ["многострочный код", "o", "-"],
      ["", "o", "-"],
    ]);
    // format 3 stores only printable ASCII (and the line breaks between extras), whatever the codes
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    expect(text).toContain("\\u043c\\u043d"); // «мн» of «многострочный»
    // what versions stored in format 2 hold: codes as they were, read as they are
    expect(readDigest(`2;${d.s};${d.t};;9.1o1\n#5o-\nкодo0`).x).toEqual([
      ["9.1", "o", "1"],
      ["#5", "o", "-"], // no row marker before format 3
      ["код", "o", "0"],
    ]);
    // format 3: an escaped code and a row marker read back as the summary shows them
    expect(readDigest(`3;${d.s};${d.t};;\\u0023\\u00ab1o1\n#5o-\n#o-`).x).toEqual([
      ["#«1", "o", "1"],
      ["стр. 5", "o", "-"],
      ["без номера", "o", "-"],
    ]);
    // what versions stored before format 2 hold
    const old = JSON.stringify({ s: d.s, t: d.t, x: [["9.1", "o", "-"]], n: [[0, 3, null]] });
    expect(readDigest(old)).toEqual({ s: d.s, t: d.t, x: [["9.1", "o", "-"]], n: [[0, 3, null]] });
    // the point of it: fewer bytes for D1 to hand over per school (codes in ASCII, as nearly all are;
    // a Cyrillic code costs six bytes a letter, the price of an ASCII row)
    const ascii = makeDigest(rows.slice(0, 3), template);
    expect(ascii.length).toBeLessThan(JSON.stringify(readDigest(ascii)).length * 0.75);
  });

  it("the summary adds digests up per template item and flags per org", () => {
    const digest = (state: string, actual: number) =>
      makeDigest(
        [
          item({
            code: t0!.code,
            template_code: t0!.code,
            state,
            actual_value: actual,
            target_value: 1,
            target_met: 1,
          }),
        ],
        template,
      );
    const campaign = {
      id: "c",
      org_id: "m",
      org_path: "/m/",
      name: "c",
      template_id: template.id,
      template_version: 1,
      period_start: "2020-01-01",
      period_end: "2024-12-31",
      report_date: "2023-12-31",
      due_date: "2099-12-31",
      status: "open" as const,
      created_by: "x",
      created_at: "2026-01-01T00:00:00.000Z",
      closed_at: null,
      time_zone: "Europe/Moscow",
    };
    const latest = (org: string, d: string) => ({
      org_id: org,
      version: 1,
      status: "submitted" as const,
      received_at: "2026-01-01T00:00:00.000Z",
      errors: 0,
      warnings: 0,
      required: 3,
      done: 1,
      digest: d,
      draft_version: null,
      draft_received_at: null,
      review_version: null,
      review_state: null,
      review_comment: null,
      review_items: null,
      reviewed_by: null,
      reviewed_at: null,
    });
    const summary = buildSummary(
      campaign,
      template,
      {
        participants: [
          { id: "a", name: "A", path: "/m/a/" },
          { id: "b", name: "B", path: "/m/b/" },
          { id: "c", name: "C", path: "/m/c/" },
        ],
        latest: [latest("a", digest("done", 2)), latest("b", digest("overdue", 5))],
        findings: [],
      },
      new Map([["a", "A"]]),
      "2026-01-01T00:00:00.000Z",
    );
    expect(summary.items[0]).toMatchObject({
      done: 1,
      overdue: 1,
      missing: 0,
      actualTotal: 7,
      targetTotal: 2,
      targetsMet: 2,
    });
    const requiredMissing = template.items.slice(1).filter((t) => t.required).length;
    expect(summary.items[1]!.missing).toBe(t1!.required ? 2 : 0);
    expect(summary.orgs[1]!.overdue).toEqual([t0!.code]);
    expect(summary.orgs[0]!.missing).toHaveLength(requiredMissing);
    expect(summary.orgs[2]).toMatchObject({ status: "not-submitted", missing: [], completion: { done: 0 } });
    expect(summary.counts).toEqual({ total: 3, notSubmitted: 1, draft: 0, submitted: 2, late: 0 });
  });
});
