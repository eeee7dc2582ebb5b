// What the report carries besides the finding codes: each finding's parameters (the Russian message
// a methodist reads is built from them), item fields, completion, and the rules that depend on which
// columns a sheet has. Expected values come from the municipal template and the sheet as written.
import { describe, expect, it } from "vitest";
import { columnLetter, type Grid } from "../../../shared/grid.ts";
import type { Template } from "../../../shared/templates/model.ts";
import { validate } from "../../../shared/validate/index.ts";
import { cleanSheet, col, template } from "./sheet-builder.ts";

const AS_OF = "2020-06-01";
const run = (grid: Grid, t: Template = template, asOf = AS_OF) => validate(grid, t, { asOf });
const only = (grid: Grid, code: string, t: Template = template) =>
  run(grid, t).findings.filter((f) => f.code === code);
const without = (grid: Grid, drop: readonly number[]) =>
  grid.map((row) => row.filter((_, i) => !drop.includes(i)));

describe("finding parameters (what the message names)", () => {
  it("a missing column names its header; an unknown one the text it has", () => {
    const { grid, roles } = cleanSheet();
    const d = col(roles, "deadline");
    expect(only(without(grid, [d]), "missing-column")[0]!.params).toEqual({ header: "Сроки" });
    grid[1]!.push("Бюджет");
    expect(only(grid, "unknown-column")[0]!.params).toEqual({ header: "Бюджет" });
  });

  it("codes: the bad text, the duplicate's first row, the code it should follow", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const c = col(roles, "code");
    grid[itemRows[1]! - 1]![c] = "1,2";
    expect(only(grid, "bad-code")[0]!.params).toEqual({ text: "1,2" });
    grid[itemRows[1]! - 1]![c] = "1.2";
    grid[itemRows[3]! - 1]![c] = "1.3"; // 1.4 renumbered as 1.3
    expect(only(grid, "duplicate-code")[0]!.params).toEqual({ code: "1.3", firstRow: itemRows[2] });
    const { grid: g2 } = cleanSheet();
    [g2[itemRows[3]! - 1]![c], g2[itemRows[4]! - 1]![c]] = ["1.5", "1.4"];
    expect(only(g2, "code-out-of-order")[0]!.params).toEqual({ code: "1.4", previous: "1.5" });
  });

  it("codes must rise strictly: 1.01 after 1.1 is the same number again, out of order", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[1]! - 1]![col(roles, "code")] = "1.01";
    expect(run(grid).findings.map((f) => [f.code, f.row, f.params.previous])).toEqual([
      ["code-out-of-order", itemRows[1], "1.1"],
    ]);
  });

  it("cells: the text of an unread deadline, target, status, proof and error value, with their columns", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const row = grid[itemRows[0]! - 1]!;
    row[col(roles, "deadline")] = "когда получится";
    row[col(roles, "target")] = "как можно больше";
    row[col(roles, "status")] = "почти готово";
    row[col(roles, "proof")] = "приказ в папке";
    row[col(roles, "comment")] = "#N/A";
    const report = run(grid);
    const byCode = new Map(report.findings.map((f) => [f.code, f]));
    expect(byCode.get("unknown-deadline")).toMatchObject({
      column: columnLetter(col(roles, "deadline")),
      params: { text: "когда получится" },
    });
    expect(byCode.get("unparsed-target")!.params).toEqual({ text: "как можно больше" });
    expect(byCode.get("bad-status")).toMatchObject({
      column: columnLetter(col(roles, "status")),
      params: { text: "почти готово", allowed: template.statuses.join(", ") },
    });
    expect(byCode.get("bad-status")!.message).toContain(template.statuses.join(", "));
    expect(byCode.get("bad-url")!.params).toEqual({ text: "приказ в папке" });
    expect(byCode.get("error-value")!.params).toEqual({ text: "#N/A" });
  });

  it("an unscheduled deadline and an overdue item point at the deadline column", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const d = col(roles, "deadline");
    grid[itemRows[1]! - 1]![d] = "по графику";
    const report = run(grid, template, "2021-01-15");
    const unscheduled = report.findings.find((f) => f.code === "unscheduled-deadline")!;
    expect(unscheduled).toMatchObject({ column: columnLetter(d), params: { text: "по графику" } });
    // item 1.1 is due «2020»: overdue on 15 January 2021
    expect(report.findings.find((f) => f.code === "overdue")).toMatchObject({
      row: itemRows[0],
      column: columnLetter(d),
    });
  });

  it("an actual below the target names both", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[1]! - 1]![col(roles, "actual")] = "15"; // target 22
    expect(only(grid, "target-not-met")[0]!.params).toEqual({ actual: "15", target: "22" });
  });

  it("a missing item names its code and activity", () => {
    const { grid, itemRows } = cleanSheet();
    grid.splice(itemRows[0]! - 1, 1);
    const t = template.items[0]!;
    expect(only(grid, "missing-item")[0]!.params).toEqual({ code: t.code, activity: t.activity });
  });
});

describe("report contents", () => {
  it("sections with their row, code and title; items with every cell they read", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const row = grid[itemRows[0]! - 1]!;
    row[col(roles, "comment")] = "уточнить у директора";
    row[col(roles, "actual")] = "1";
    const report = run(grid);
    expect(report.sections[0]).toEqual({ row: 3, code: "1", title: grid[2]![1] });
    expect(report.items[0]).toMatchObject({
      row: itemRows[0],
      code: "1.1",
      activity: row[col(roles, "activity")],
      content: "",
      evidence: "Приказ",
      actual: "1",
      status: "в работе",
      proof: "",
      comment: "уточнить у директора",
      templateCode: "1.1",
      state: "in-progress",
      targetMet: true,
    });
  });

  it("a done item counts as done", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "status")] = "выполнено";
    grid[itemRows[0]! - 1]![col(roles, "proof")] = "https://school.example.ru/prikaz.pdf";
    const report = run(grid);
    expect(report.findings).toEqual([]);
    expect(report.items[0]!.state).toBe("done");
    expect(report.completion).toEqual({ required: 15, present: 15, done: 1 });
  });

  it("a series target is judged against the report date's year", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const r = grid[itemRows[1]! - 1]!;
    r[col(roles, "target")] = "2020 г.-10; 2021 г.-20";
    r[col(roles, "actual")] = "15";
    // in 2020 the target is 10: met; in 2021 it is 20: not met
    expect(run(grid, template, "2020-06-01").items[1]!.targetMet).toBe(true);
    expect(run(grid, template, "2021-06-01").items[1]!.targetMet).toBe(false);
    // without a report date, the period's end year (2021) picks the point: 20, not met
    expect(
      validate(grid, template, { period: { start: "2021-01-01", end: "2021-12-31" } }).items[1]!.targetMet,
    ).toBe(false);
  });

  it("without a header: every required item is missing, and only those", () => {
    const optional = {
      ...template,
      items: template.items.map((t, i) => (i < 2 ? { ...t, required: false } : t)),
    };
    const report = run([["просто текст"], ["ещё текст", "и ещё"]], optional);
    expect(report.completion).toEqual({ required: 13, present: 0, done: 0 });
    const missing = report.findings.filter((f) => f.code === "missing-item");
    expect(missing.map((f) => f.params.code)).toEqual(optional.items.slice(2).map((t) => t.code));
    expect(missing[0]!.params).toEqual({
      code: optional.items[2]!.code,
      activity: optional.items[2]!.activity,
    });
    expect(report.indicators).toEqual([]);
  });

  it("an optional item may be left out: no finding, not counted", () => {
    const optional = {
      ...template,
      items: template.items.map((t, i) => (i === 0 ? { ...t, required: false } : t)),
    };
    const { grid, itemRows } = cleanSheet();
    grid.splice(itemRows[0]! - 1, 1);
    const report = run(grid, optional);
    expect(report.findings).toEqual([]);
    expect(report.completion).toEqual({ required: 14, present: 14, done: 0 });
  });
});

describe("rules that depend on the sheet's columns", () => {
  it("a sheet without the optional columns gets missing-column findings and nothing per row", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const gone = ["target", "evidence", "actual", "proof", "comment", "responsible"];
    grid[itemRows[0]! - 1]![col(roles, "status")] = "выполнено"; // no proof column: no done-without-proof
    const report = run(
      without(
        grid,
        gone.map((r) => col(roles, r)),
      ),
    );
    const missing = template.columns.filter((c) => gone.includes(c.role));
    expect(report.findings.map((f) => [f.code, f.params.header, f.severity])).toEqual(
      missing.map((c) => ["missing-column", c.header, c.required ? "error" : "warning"]),
    );
    expect(report.items[0]).toMatchObject({
      evidence: "",
      actual: "",
      proof: "",
      comment: "",
      responsible: [],
    });
    expect(report.items[0]!.target.kind).toBe("empty");
    expect(report.items[0]!.targetMet).toBeNull();
  });

  it("a sheet without a deadline or code column: no per-row deadline or code findings", () => {
    const { grid, roles } = cleanSheet();
    const report = run(without(grid, [col(roles, "deadline")]));
    expect(report.items[0]!.deadline.text).toBe("");
    const noCode = run(without(grid, [col(roles, "code")]));
    expect(noCode.findings.filter((f) => /code/.test(f.code))).toEqual([]);
  });

  it("error values are looked for from the header row to the table's last row", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const c = col(roles, "comment");
    grid[2]![c] = "#REF!"; // the section row above the first item
    const last = itemRows[itemRows.length - 1]!;
    grid[last - 1]![c] = "#DIV/0!";
    const found = only(grid, "error-value").map((f) => [f.row, f.params.text]);
    expect(found).toEqual([
      [3, "#REF!"],
      [last, "#DIV/0!"],
    ]);
  });

  it("an error value below the table (a signature block) is not the report's", () => {
    const { grid } = cleanSheet();
    grid.push([], ["Руководитель управления образования"], [], ["Исполнитель: Иванова"], [], ["#REF!"]);
    expect(only(grid, "error-value")).toEqual([]);
  });

  it("a hole in the grid (a row that is not an array) is skipped, not a crash", () => {
    const { grid, itemRows } = cleanSheet();
    (grid as unknown[])[itemRows[2]! - 1] = null;
    expect(() => run(grid)).not.toThrow();
  });
});
