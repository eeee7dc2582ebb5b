import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { run } from "../../cli/src/main.ts";

const exec = promisify(execFile);
const SEED = "tests/fixtures/seeds/000_500b399dd1c1fd8e.txt";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), "svodka-cli-"));

describe("svodka validate", () => {
  it("runs as a real command (bin) and prints one JSON object", async () => {
    const { stdout } = await exec("node", [
      "cli/bin/svodka.js",
      "validate",
      SEED,
      "--json",
      "--as-of",
      "2021-01-01",
    ]);
    const report = JSON.parse(stdout);
    expect(report.template).toBe("municipal-roadmap");
    expect(report.items).toHaveLength(15);
  });

  it("JSON follows the contract", async () => {
    const { code, out } = await cli("validate", SEED, "--json", "--as-of", "2020-06-01");
    const r = JSON.parse(out);
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining(["template", "period", "headerRow", "columns", "sections", "items", "findings"]),
    );
    expect(r.period).toEqual({ start: "2020-01-01", end: "2024-12-31" });
    expect(r.headerRow).toBe(9);
    expect(r.columns).toMatchObject({
      code: "A",
      activity: "B",
      target: "C",
      evidence: "D",
      deadline: "E",
      responsible: "F",
    });
    expect(r.sections[0]).toEqual({ row: 10, code: "1", title: expect.stringContaining("Разработка") });
    const first = r.items[0];
    expect(first).toMatchObject({
      row: 11,
      code: "1.1",
      section: 0,
      responsible: ["Управление образования"],
    });
    expect(first.deadline).toEqual({
      text: "2020",
      kind: "period",
      start: "2020-01-01",
      end: "2020-12-31",
      every: null,
    });
    for (const f of r.findings) {
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.message).toBe("string");
    }
    // pasted seed has no status column: a warning, not an error → exit 0
    expect(code).toBe(0);
  });

  it("without --template picks the best one and says which", async () => {
    const { out } = await cli(
      "validate",
      "tests/fixtures/seeds/003_3ffaea0ad251f32c.txt",
      "--as-of",
      "2021-01-01",
    );
    expect(out).toContain("district-plan");
    expect(out).toContain("выбран автоматически");
  });

  it("exit 1 when errors are found, with a readable Russian table", async () => {
    const file = join(tmp, "broken.tsv");
    writeFileSync(
      file,
      "Дорожная карта на 2021 год\n№\tМероприятие\tСроки\tОтветственные\n1.1\tСовещание\t\tМетодист\n1.1\tСеминар\tмай 2021\t\n",
    );
    const { code, out } = await cli(
      "validate",
      file,
      "--template",
      "municipal-roadmap",
      "--as-of",
      "2021-01-01",
    );
    expect(code).toBe(1);
    expect(out).toContain("Не указан срок.");
    expect(out).toContain("повторяется");
  });

  it("reads .csv with ; and quoted cells, and .xlsx", async () => {
    const csv = join(tmp, "r.csv");
    writeFileSync(
      csv,
      'Дорожная карта на 2021 год\n№;Мероприятие;Сроки;Ответственные\n1.1;"Совещание; большое";сентябрь 2021;"Иванов И.И."\n',
    );
    const a = JSON.parse((await cli("validate", csv, "--json", "--as-of", "2021-01-01")).out);
    expect(a.items[0].activity).toBe("Совещание; большое");
    expect(a.items[0].deadline.start).toBe("2021-09-01");

    const xlsx = join(tmp, "r.xlsx");
    await writeXlsxFile([
      ["Дорожная карта на 2021 год"],
      ["№", "Мероприятие", "Сроки", "Ответственные"],
      ["1.1", "Совещание", "до 01.12.2021", "Методист"],
      ["1.2", "Семинар", { value: new Date(Date.UTC(2021, 4, 20)), format: "dd.mm.yyyy" }, "Методист"],
    ]).toFile(xlsx);
    const b = JSON.parse((await cli("validate", xlsx, "--json", "--as-of", "2021-01-01")).out);
    expect(b.items[0].deadline).toMatchObject({ kind: "due", end: "2021-12-01" });
    // a real date cell becomes an ISO date: due that day
    expect(b.items[1].deadline).toMatchObject({ text: "2021-05-20", end: "2021-05-20" });
  });

  it("exit 2 with a Russian message on bad usage or unreadable input", async () => {
    expect((await cli()).code).toBe(2);
    const noFile = await cli("validate", join(tmp, "none.csv"));
    expect(noFile.code).toBe(2);
    expect(noFile.err).toContain("файл не найден");
    const badExt = await cli("validate", "README.md");
    expect(badExt.code).toBe(2);
    expect(badExt.err).toContain("не поддерживается");
    const badDate = await cli("validate", SEED, "--as-of", "31.12.2021");
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain("ГГГГ-ММ-ДД");
    const badTpl = await cli("validate", SEED, "--template", "nope");
    expect(badTpl.code).toBe(2);
    expect(badTpl.err).toContain("Нет шаблона");
    const empty = join(tmp, "empty.csv");
    writeFileSync(empty, "\n;;\n");
    const e = await cli("validate", empty);
    expect(e.code).toBe(2);
    expect(e.err).toContain("файл пуст");
    const corrupt = join(tmp, "bad.xlsx");
    writeFileSync(corrupt, "not a zip");
    const c = await cli("validate", corrupt);
    expect(c.code).toBe(2);
    expect(c.err).toContain("повреждён");
  });

  it("--period overrides the title's period", async () => {
    const r = JSON.parse((await cli("validate", SEED, "--json", "--period", "2021-01-01..2021-12-31")).out);
    expect(r.period).toEqual({ start: "2021-01-01", end: "2021-12-31" });
  });
});
