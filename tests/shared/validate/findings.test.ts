import { describe, expect, it } from "vitest";
import { columnLetter, type Grid } from "../../../shared/grid.ts";
import { FINDING_MESSAGES } from "../../../shared/i18n/ru-findings.ts";
import { validate } from "../../../shared/validate/index.ts";
import { FINDING_CODES, type FindingCode } from "../../../shared/validate/types.ts";
import { cleanSheet, col, PERIOD, template } from "./sheet-builder.ts";

const AS_OF = "2020-06-01";
const run = (grid: Grid, asOf = AS_OF) => validate(grid, template, { asOf });
const summary = (grid: Grid, asOf = AS_OF) =>
  run(grid, asOf).findings.map((f) => ({ code: f.code, severity: f.severity, row: f.row, column: f.column }));

describe("a hand-made sheet with one defect yields exactly that finding", () => {
  it("the clean sheet has no findings at all", () => {
    const { grid } = cleanSheet();
    const report = run(grid);
    expect(report.findings).toEqual([]);
    expect(report.items).toHaveLength(15);
    expect(report.completion).toEqual({ required: 15, present: 15, done: 0 });
  });

  const tested = new Set<FindingCode>();
  const defect = (code: FindingCode, name: string, fn: () => void) => {
    tested.add(code);
    it(`${code}: ${name}`, fn);
  };

  defect("header-not-found", "a sheet without a header row", () => {
    const grid: Grid = [["просто текст"], ["ещё текст", "и ещё"]];
    const report = run(grid);
    expect(report.findings.filter((f) => f.code !== "missing-item").map((f) => f.code)).toEqual([
      "header-not-found",
    ]);
    expect(report.findings.filter((f) => f.code === "missing-item")).toHaveLength(15);
  });

  defect(
    "missing-column",
    "the deadline column removed (error) and the status column removed (warning)",
    () => {
      const { grid, roles } = cleanSheet();
      const d = col(roles, "deadline");
      const noDeadline = grid.map((row) => row.filter((_, i) => i !== d));
      expect(summary(noDeadline)).toEqual([
        { code: "missing-column", severity: "error", row: 2, column: null },
      ]);
      const s = col(roles, "status");
      const noStatus = grid.map((row) => row.filter((_, i) => i !== s));
      expect(summary(noStatus)).toEqual([
        { code: "missing-column", severity: "warning", row: 2, column: null },
      ]);
    },
  );

  defect("unknown-column", "an extra column the template does not know", () => {
    const { grid } = cleanSheet();
    grid[1]!.push("Бюджет");
    expect(summary(grid)).toEqual([
      { code: "unknown-column", severity: "info", row: 2, column: columnLetter(10) },
    ]);
  });

  defect("assumed-header", "a misspelt header, read as the header it is nearest to", () => {
    const { grid, roles } = cleanSheet();
    const r = col(roles, "responsible");
    grid[1]![r] = "Ответсвенные";
    const report = run(grid);
    expect(summary(grid)).toEqual([
      { code: "assumed-header", severity: "warning", row: 2, column: columnLetter(r) },
    ]);
    expect(report.findings[0]!.message).toContain("«ответственные»");
    expect(report.columns.responsible).toBe(columnLetter(r));
  });

  defect("period-not-found", "a title without a period", () => {
    const { grid } = cleanSheet();
    grid[0]![0] = "Дорожная карта";
    const report = validate(grid, { ...template, period: null }, { asOf: AS_OF });
    expect(report.findings.map((f) => f.code)).toEqual(["period-not-found"]);
  });

  defect("blank-row", "an empty row between two items", () => {
    const { grid, itemRows } = cleanSheet();
    const at = itemRows[3]!; // 1-based row of the 4th item
    grid.splice(at - 1, 0, new Array(grid[1]!.length).fill(""));
    expect(summary(grid)).toEqual([{ code: "blank-row", severity: "warning", row: at, column: null }]);
  });

  defect("bad-code", "a malformed item number", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[1]! - 1]![col(roles, "code")] = "1,2";
    expect(summary(grid)).toEqual([{ code: "bad-code", severity: "warning", row: itemRows[1], column: "A" }]);
  });

  defect("duplicate-code", "two items numbered 1.3", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[3]! - 1]![col(roles, "code")] = "1.3";
    expect(summary(grid)).toEqual([
      { code: "duplicate-code", severity: "error", row: itemRows[3], column: "A" },
    ]);
  });

  defect("code-out-of-order", "1.5 before 1.4", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const c = col(roles, "code");
    const [r4, r5] = [itemRows[3]! - 1, itemRows[4]! - 1];
    [grid[r4]![c], grid[r5]![c]] = [grid[r5]![c]!, grid[r4]![c]!];
    const found = summary(grid);
    expect(found).toEqual([
      { code: "code-out-of-order", severity: "warning", row: itemRows[4], column: "A" },
    ]);
  });

  defect("missing-item", "a required item deleted", () => {
    const { grid, itemRows } = cleanSheet();
    grid.splice(itemRows[2]! - 1, 1);
    const report = run(grid);
    expect(report.findings.map((f) => [f.code, f.params.code])).toEqual([["missing-item", "1.3"]]);
    expect(report.completion.present).toBe(14);
  });

  defect("missing-item", "matched by activity text when the school renumbered", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const c = col(roles, "code");
    // section 1 renumbered 1.1–1.5 → 1.10–1.14: still ascending, still all present
    itemRows.slice(0, 5).forEach((r, k) => {
      grid[r - 1]![c] = `1.${10 + k}`;
    });
    const report = run(grid);
    expect(report.findings).toEqual([]);
    expect(report.items.slice(0, 5).map((i) => i.templateCode)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5"]);
  });

  for (const [code, role] of [
    ["empty-activity", "activity"],
    ["empty-deadline", "deadline"],
    ["empty-responsible", "responsible"],
    ["empty-evidence", "evidence"],
  ] as const) {
    defect(code, `the ${role} cell emptied`, () => {
      const { grid, roles, itemRows } = cleanSheet();
      const c = col(roles, role);
      grid[itemRows[5]! - 1]![c] = "";
      const found = summary(grid).filter((f) => f.code !== "missing-item");
      expect(found).toEqual([
        {
          code,
          severity: code === "empty-evidence" ? "warning" : "error",
          row: itemRows[5],
          column: columnLetter(c),
        },
      ]);
    });
  }

  defect("unknown-deadline", "a deadline nobody can read", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "deadline")] = "когда получится";
    const report = run(grid);
    expect(report.findings.map((f) => [f.code, f.severity, f.row])).toEqual([
      ["unknown-deadline", "warning", itemRows[0]],
    ]);
    expect(report.findings[0]!.message).toContain("когда получится");
  });

  defect("unscheduled-deadline", "«по графику»", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "deadline")] = "по графику";
    expect(summary(grid).map((f) => [f.code, f.severity])).toEqual([["unscheduled-deadline", "info"]]);
  });

  defect("unparsed-target", "a target that is not a number", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "target")] = "как можно больше";
    expect(summary(grid).map((f) => [f.code, f.column])).toEqual([
      ["unparsed-target", columnLetter(col(roles, "target"))],
    ]);
  });

  defect("bad-status", "a status outside the list", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "status")] = "почти готово";
    expect(summary(grid).map((f) => [f.code, f.severity])).toEqual([["bad-status", "error"]]);
  });

  defect("done-without-proof", "«выполнено» with no link", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "status")] = "Выполнено";
    expect(summary(grid).map((f) => [f.code, f.column])).toEqual([
      ["done-without-proof", columnLetter(col(roles, "proof"))],
    ]);
  });

  defect("bad-url", "a proof that is not a link", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "status")] = "выполнено";
    grid[itemRows[0]! - 1]![col(roles, "proof")] = "приказ в папке";
    expect(summary(grid).map((f) => f.code)).toEqual(["bad-url"]);
    grid[itemRows[0]! - 1]![col(roles, "proof")] = "https://school21.ru/nastavnichestvo/prikaz.pdf";
    expect(summary(grid)).toEqual([]);
  });

  defect("overdue", "a deadline before the report date, not done", () => {
    const { grid, itemRows } = cleanSheet();
    // item 1.1 is due in 2020; on 2021-01-15 it is overdue, the 2020-2024 ones are not
    const found = summary(grid, "2021-01-15");
    expect(found.map((f) => [f.code, f.row])).toEqual([["overdue", itemRows[0]]]);
    const f = run(grid, "2021-01-15").findings[0]!;
    expect(f.message).toBe("Срок истёк 31.12.2020, а пункт не выполнен.");
    expect(f.params.end).toBe("2020-12-31");
  });

  defect("target-not-met", "an actual below the target", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const r = itemRows[1]! - 1; // target 22
    grid[r]![col(roles, "actual")] = "15";
    expect(summary(grid).map((f) => [f.code, f.column])).toEqual([
      ["target-not-met", columnLetter(col(roles, "actual"))],
    ]);
    grid[r]![col(roles, "actual")] = "22";
    expect(summary(grid)).toEqual([]);
  });

  defect("error-value", "#REF! in a cell", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "comment")] = "#REF!";
    expect(summary(grid)).toEqual([
      {
        code: "error-value",
        severity: "error",
        row: itemRows[0],
        column: columnLetter(col(roles, "comment")),
      },
    ]);
  });

  it("every finding code has a test above", () => {
    expect([...FINDING_CODES].filter((c) => !tested.has(c))).toEqual([]);
  });

  it("messages are Russian and rows are 1-based sheet rows", () => {
    const { grid, roles, itemRows } = cleanSheet();
    grid[itemRows[0]! - 1]![col(roles, "deadline")] = "";
    const f = run(grid).findings[0]!;
    expect(f.row).toBe(itemRows[0]);
    expect(f.message).toMatch(/[а-я]/);
    expect(PERIOD.start).toBe("2020-01-01");
  });
});

describe("findings about a text the sheet repeats", () => {
  // Their params and message are made once per text and shared (shared/validate/findings.ts): each must
  // still be the one its own row's cell gives.
  it("carry their own row's text and the message of their own params", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const at = (role: string) => col(roles, role);
    const deadlines = ["не знаю", "по графику", "до 01.03.2021", "не знаю", "до 01.04.2021", "по графику"];
    const statuses = ["готово", "??", "готово", "в работе"];
    const targets = ["много", "10", "немного", "много"];
    itemRows.forEach((r, k) => {
      const row = grid[r - 1]!;
      row[at("deadline")] = deadlines[k % deadlines.length]!;
      row[at("status")] = statuses[k % statuses.length]!;
      row[at("target")] = targets[k % targets.length]!;
    });
    const report = run(grid, "2021-06-01");
    const letters = Object.fromEntries(roles.map((role, i) => [role, columnLetter(i)]));
    const cellOf = (row: number, role: string) => String(grid[row - 1]![col(roles, role)] ?? "");
    const seen = new Set<string>();
    for (const f of report.findings) {
      expect(f.message).toBe(FINDING_MESSAGES[f.code](f.params));
      seen.add(f.code);
      const row = f.row!;
      if (f.code === "unknown-deadline" || f.code === "unscheduled-deadline" || f.code === "overdue") {
        expect(f.column).toBe(letters.deadline);
        expect(f.params.text).toBe(cellOf(row, "deadline"));
      }
      if (f.code === "overdue") {
        const end = `2021-0${cellOf(row, "deadline").slice(7, 8)}-01`;
        expect(f.params.end).toBe(end);
        expect(f.message).toContain(`${end.slice(8)}.${end.slice(5, 7)}.2021`);
      }
      if (f.code === "bad-status") {
        expect(f.params).toEqual({ text: cellOf(row, "status"), allowed: template.statuses.join(", ") });
      }
      if (f.code === "unparsed-target") expect(f.params).toEqual({ text: cellOf(row, "target") });
      if (f.code === "empty-responsible" || f.code === "done-without-proof") expect(f.params).toEqual({});
    }
    expect([...seen].sort()).toEqual(
      ["bad-status", "overdue", "unknown-deadline", "unscheduled-deadline", "unparsed-target"].sort(),
    );
  });
});

describe("the report's counts and messages", () => {
  // counted as findings are added (findings.ts), by whichever way each was added: they must be the
  // findings' own severities counted, on a sheet where every row has something wrong
  it("are the findings counted by severity, every code of the item loop included", () => {
    const { grid, roles, itemRows } = cleanSheet();
    const at = (role: string) => col(roles, role);
    itemRows.forEach((r, k) => {
      const row = grid[r - 1]!;
      row[at("code")] = k % 3 ? `п.${k}` : row[at("code")]!;
      if (k % 5 === 0) row[at("activity")] = "";
      row[at("deadline")] = ["", "не знаю", "по графику", "до 01.01.2020"][k % 4]!;
      if (k % 2) row[at("responsible")] = "";
      if (k % 3 === 1) row[at("evidence")] = "";
      row[at("status")] = ["готово", "выполнено", "??", ""][k % 4]!;
      row[at("target")] = k % 2 ? "много" : "10";
      row[at("actual")] = k % 4 === 2 ? "3" : "";
      row[at("proof")] = k % 7 === 3 ? "не ссылка" : "";
    });
    const report = run(grid);
    const counted = { error: 0, warning: 0, info: 0 };
    for (const f of report.findings) {
      counted[f.severity]++;
      // each code's message, made once per report where it has no params, is still its own
      expect(f.message).toBe(FINDING_MESSAGES[f.code](f.params));
    }
    expect(report.counts).toEqual(counted);
    expect(Object.keys(report.counts)).toEqual(["error", "warning", "info"]);
    const codes = new Set(report.findings.map((f) => f.code));
    for (const code of [
      "bad-code",
      "empty-activity",
      "empty-deadline",
      "unknown-deadline",
      "unscheduled-deadline",
      "empty-responsible",
      "empty-evidence",
      "unparsed-target",
      "bad-status",
      "done-without-proof",
      "bad-url",
      "overdue",
      "target-not-met",
    ] as const)
      expect(codes).toContain(code);
    expect(counted.error && counted.warning && counted.info).toBeGreaterThan(0);
  });
});
