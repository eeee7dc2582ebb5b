import { describe, expect, it } from "vitest";
import {
  indicatorsBlock,
  itemsBlock,
  orgRow,
  SUMMARY_HEADER,
  summaryBlock,
} from "../../addon/src/server/plan/summary-blocks.ts";
import type { ItemSummary, OrgSummary, Summary } from "../../shared/api/summary.ts";

// The summary sheet's blocks built without a spreadsheet (summary-blocks.ts). Expected values from
// the sheet's own headers (RU_UI.sheets.*Header) and the file's rules: a school that sent nothing has
// empty counts, flagged codes listed up to 15 then «…», text written as text, «Получено» a Date, rows
// already on the sheet keep their place, the department's own rows are left as they are.
const org = (o: Partial<OrgSummary> & Pick<OrgSummary, "orgId" | "name" | "status">): OrgSummary => ({
  groupId: "uo",
  version: null,
  receivedAt: null,
  errors: 0,
  warnings: 0,
  completion: { done: 0, required: 10 },
  missing: [],
  overdue: [],
  targetsNotMet: [],
  newerDraft: null,
  review: null,
  ...o,
});

describe("orgRow", () => {
  it("a school that sent nothing: its name and status, no version, no date, 0 %, the counts empty", () => {
    expect(orgRow(org({ orgId: "s5", name: "МБОУ СОШ №5", status: "not-submitted" }))).toEqual([
      "'МБОУ СОШ №5",
      "'s5",
      "не сдано",
      "",
      "",
      0,
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("a school that sent: version, the date as a Date, completion in %, counts, at most 15 flagged codes", () => {
    const missing = Array.from({ length: 10 }, (_, i) => `2.${i + 1}`);
    const overdue = Array.from({ length: 6 }, (_, i) => `3.${i + 1}`);
    const row = orgRow(
      org({
        orgId: "s21",
        name: "МБОУ «СОШ №21»",
        status: "late",
        version: 2,
        receivedAt: "2024-05-20T07:30:00Z",
        errors: 1,
        warnings: 3,
        completion: { done: 2, required: 3 },
        missing,
        overdue,
      }),
    );
    expect(row.slice(0, 11)).toEqual([
      "'МБОУ «СОШ №21»",
      "'s21",
      "сдано с опозданием",
      2,
      new Date("2024-05-20T07:30:00Z"),
      67,
      10,
      6,
      1,
      3,
      `'${[...missing, ...overdue.slice(0, 5)].join(", ")}, …`,
    ]);
    // exactly 15 codes: no «…»
    expect(
      orgRow(org({ orgId: "s1", name: "Ш", status: "submitted", missing: missing.slice(0, 9), overdue }))[10],
    ).toBe(`'${[...missing.slice(0, 9), ...overdue].join(", ")}`);
    // nothing required: 0 %, not a division by zero
    expect(
      orgRow(org({ orgId: "s1", name: "Ш", status: "submitted", completion: { done: 0, required: 0 } }))[5],
    ).toBe(0);
  });
});

describe("summaryBlock", () => {
  const summary = {
    orgs: [
      org({ orgId: "s21", name: "МБОУ «СОШ №21»", status: "submitted", version: 1 }),
      org({ orgId: "s5", name: "МБОУ СОШ №5", status: "not-submitted" }),
    ],
  } as unknown as Summary;
  const width = SUMMARY_HEADER.length;
  const line = (...cells: unknown[]) => [...cells, ...Array(width - cells.length).fill("")];

  it("keeps each school's row where it was, marks a school gone from the campaign, adds the new below", () => {
    const when = new Date("2024-05-01T00:00:00Z");
    const existing = [
      line("МБОУ СОШ №5", "s5"),
      line("Старая школа", " s9 ", "сдано", 1, when),
      line("Итого", ""),
    ];
    const block = summaryBlock(summary, existing, [[], [], ["", "", "", "", "", "=SUM(F2:F3)"]]);
    expect(block[0]).toEqual([...SUMMARY_HEADER]);
    expect(block[1]![1]).toBe("'s5");
    expect(block[2]).toEqual(line("'Старая школа", "'s9", "нет в кампании"));
    // the department's own row: written back as it was, its formula as a formula, its text as text
    expect(block[3]).toEqual(line("'Итого", "", "", "", "", "=SUM(F2:F3)"));
    expect(block[4]![1]).toBe("'s21");
    expect(block).toHaveLength(5);
  });

  it("a date read back from the sheet stays a Date on the department's own rows", () => {
    const when = new Date("2024-05-01T00:00:00Z");
    const block = summaryBlock(summary, [line("Сдано к", "", "", "", when)]);
    expect(block[1]![4]).toBe(when);
  });
});

describe("items and indicators", () => {
  const item = (i: Partial<ItemSummary> & Pick<ItemSummary, "code">): ItemSummary => ({
    activity: "Мероприятие",
    required: true,
    done: 1,
    overdue: 0,
    missing: 0,
    inProgress: 2,
    notStarted: 3,
    actualTotal: null,
    targetTotal: null,
    targetsMet: 0,
    targetsNotMet: 0,
    ...i,
  });

  it("«Обязательный» is да / нет; codes and activities are text", () => {
    expect(itemsBlock([item({ code: "1.1" }), item({ code: "1.2", required: false })]).slice(1)).toEqual([
      ["'1.1", "'Мероприятие", "да", 1, 2, 3, 0, 0],
      ["'1.2", "'Мероприятие", "нет", 1, 2, 3, 0, 0],
    ]);
  });

  it("only items with a number behind them, the achievement in % where there is a plan", () => {
    const block = indicatorsBlock([
      item({ code: "1.1" }),
      item({ code: "3.6", actualTotal: 15, targetTotal: 22, targetsMet: 1, targetsNotMet: 1 }),
      item({ code: "3.7", actualTotal: 4, targetTotal: null }),
      item({ code: "3.8", actualTotal: null, targetTotal: 5 }),
    ]);
    expect(block.slice(1)).toEqual([
      ["'3.6", "'Мероприятие", 15, 22, 68, 1, 1],
      ["'3.7", "'Мероприятие", 4, "", "", 0, 0],
      ["'3.8", "'Мероприятие", "", 5, "", 0, 0],
    ]);
  });
});
