import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSheet } from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { run } from "../../cli/src/main.ts";
import { docxFromPastedText, writeDocx } from "../../scripts/support/write-docx.ts";
import type { Grid } from "../../shared/grid.ts";
import { getTemplate } from "../../shared/templates/registry.ts";
import { renderTemplate } from "../../shared/templates/render.ts";

// A department's inbox: fifty schools' roadmaps in three formats, the five real documents as text
// and as Word files, and the junk a mailbox also holds.
const dir = mkdtempSync(join(tmpdir(), "svodka-batch-"));
const inbox = join(dir, "inbox");
const PERIOD = { start: "2024-09-01", end: "2025-08-31" };
const SEEDS = [
  "000_500b399dd1c1fd8e",
  "001_05aab9b01409ba82",
  "002_4851a492f0e147dc",
  "003_3ffaea0ad251f32c",
  "004_d0d44ac2c919aeb6",
];

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** School n's roadmap: its name in the title, the first n % 10 items done with proof, item 9 left
 *  out by every seventh school. */
function schoolGrid(n: number): Grid {
  const t = getTemplate("school-roadmap")!;
  const r = renderTemplate(t, PERIOD);
  const grid = r.grid.map((row) => row.map((c) => c));
  grid[0]![0] = `${grid[0]![0]} в МБОУ «СОШ № ${n}»`;
  const status = r.roles.indexOf("status");
  const proof = r.roles.indexOf("proof");
  r.itemRows.forEach((row, i) => {
    if (i < n % 10) {
      grid[row - 1]![status] = "выполнено";
      grid[row - 1]![proof] = `https://school${n}.example/doc${i}`;
    }
  });
  if (n % 7 === 0) grid.splice(r.itemRows[8]! - 1, 1);
  return grid;
}

const csv = (g: Grid) =>
  g.map((row) => row.map((c) => `"${String(c ?? "").replace(/"/g, '""')}"`).join(";")).join("\r\n");
const tsv = (g: Grid) => g.map((row) => row.map((c) => String(c ?? "")).join("\t")).join("\n");

beforeAll(async () => {
  mkdirSync(join(inbox, "real"), { recursive: true });
  for (let n = 1; n <= 50; n++) {
    const g = schoolGrid(n);
    const name = join(inbox, `school-${String(n).padStart(2, "0")}`);
    if (n % 3 === 0) writeFileSync(`${name}.csv`, csv(g));
    else if (n % 3 === 1)
      await writeXlsxFile(g.map((row) => row.map((c) => (c === "" ? null : c)))).toFile(`${name}.xlsx`);
    else writeFileSync(`${name}.docx`, writeDocx(docxFromPastedText(tsv(g))));
  }
  for (const s of SEEDS) {
    writeFileSync(join(inbox, "real", `${s}.txt`), readFileSync(`tests/fixtures/seeds/${s}.txt`));
    writeFileSync(join(inbox, "real", `${s}.docx`), readFileSync(`tests/fixtures/docx/${s}.docx`));
  }
  writeFileSync(
    join(inbox, "garbage.csv"),
    new Uint8Array(3000).map((_, i) => (i * 7919 + 13) % 256),
  );
  writeFileSync(join(inbox, "renamed.csv"), readFileSync(join(inbox, "school-01.xlsx")));
  writeFileSync(join(inbox, "prose.txt"), "Уважаемые коллеги!\nНаправляем дорожную карту.\n");
  writeFileSync(join(inbox, "~$school-02.docx"), "lock file of an open Word document");
  writeFileSync(join(inbox, "notes.pdf.bak"), "not ours");
});

describe("svodka validate FOLDER --summary", () => {
  it("validates sixty files in one command: one summary row per file, findings in a second sheet", async () => {
    const out = join(dir, "summary.xlsx");
    const r = await cli("validate", inbox, "--summary", out, "--as-of", "2025-06-01");
    // the worst of all files: three of them are not tables
    expect(r.code).toBe(2);
    expect(r.err).toContain("Файлов: 63, проверено: 60, пропущено: 3.");
    const summary = (await readSheet(out, "Сводка")) as unknown[][];
    expect(summary[0]).toEqual(
      expect.arrayContaining(["Файл", "Школа", "Шаблон", "Выполнено, %", "Нет пунктов"]),
    );
    const rows = summary.slice(1);
    expect(rows).toHaveLength(63);
    const head = summary[0] as string[];
    const col = (name: string) => head.indexOf(name);
    const byFile = (suffix: string) => rows.find((row) => String(row[0]).endsWith(suffix))!;

    // school 7: xlsx, 7 of 9 required items done, item 9 missing
    const s7 = byFile("school-07.xlsx");
    expect(s7[col("Школа")]).toBe("МБОУ «СОШ № 7»");
    expect(s7[col("Шаблон")]).toBe("school-roadmap");
    expect(s7[col("Выполнено")]).toBe(7);
    expect(s7[col("Нет пунктов")]).toBe("9");
    // school 14: docx, 4 done, item 9 missing; school 25: xlsx, 5 done, nothing missing
    expect(byFile("school-14.docx")[col("Выполнено")]).toBe(4);
    expect(byFile("school-14.docx")[col("Нет пунктов")]).toBe("9");
    expect(byFile("school-25.xlsx")[col("Нет пунктов")]).toBeNull();
    expect(byFile("school-30.csv")[col("Школа")]).toBe("МБОУ «СОШ № 30»");
    // the real documents: school from the title, or the file name when the title names none
    expect(byFile("001_05aab9b01409ba82.docx")[col("Школа")]).toBe(
      "МБОУ «Средняя общеобразовательная школа №21»",
    );
    expect(byFile("000_500b399dd1c1fd8e.docx")[col("Школа")]).toBe("000_500b399dd1c1fd8e");
    expect(byFile("000_500b399dd1c1fd8e.docx")[col("Шаблон")]).toBe("municipal-roadmap");
    for (const s of SEEDS) {
      const [t, d] = [byFile(`${s}.txt`), byFile(`${s}.docx`)];
      // the same reading; only the text's page-break blank rows (a warning) are not in the Word file
      const same = (row: unknown[]) => [...row.slice(1, 9), ...row.slice(11, 13)];
      expect({ s, d: same(d) }).toEqual({ s, d: same(t) });
    }
    // files that are not tables keep a row with the reason; the lock file is not there at all
    expect(byFile("garbage.csv")[col("Не прочитан")]).toContain("не таблица");
    expect(byFile("renamed.csv")[col("Не прочитан")]).toContain("не таблица");
    expect(byFile("prose.txt")[col("Не прочитан")]).toContain("не таблица");
    expect(rows.some((row) => String(row[0]).includes("~$"))).toBe(false);

    const findings = (await readSheet(out, "Замечания")) as unknown[][];
    const missing = findings.filter(
      (f) => String(f[0]).endsWith("school-07.xlsx") && f[5] === "missing-item",
    );
    expect(missing).toHaveLength(1);
    expect(findings.filter((f) => String(f[0]).endsWith("garbage.csv"))).toHaveLength(1);
  });

  it("--summary .csv writes the summary and its findings beside it, formula-safe", async () => {
    const sub = join(dir, "two");
    mkdirSync(sub);
    const g = schoolGrid(3);
    g[2]![8] = '=HYPERLINK("http://evil")';
    writeFileSync(join(sub, "a.csv"), csv(g));
    writeFileSync(join(sub, "b.docx"), readFileSync("tests/fixtures/docx/001_05aab9b01409ba82.docx"));
    const out = join(dir, "s.csv");
    const r = await cli("validate", sub, "--summary", out, "--as-of", "2025-06-01", "--json");
    expect([0, 1]).toContain(r.code);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.school)).toEqual([
      "МБОУ «СОШ № 3»",
      "МБОУ «Средняя общеобразовательная школа №21»",
    ]);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\ufeffФайл;Школа;Шаблон")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(readFileSync(join(dir, "s.findings.csv"), "utf8")).toContain("Важность");
  });

  it("exit code is the worst file's: errors in one file make 1, a clean folder 0", async () => {
    const clean = join(dir, "clean");
    mkdirSync(clean);
    const g = schoolGrid(9);
    writeFileSync(join(clean, "a.csv"), csv(g));
    const ok = await cli("validate", clean, "--as-of", "2024-09-02");
    expect(ok.err).toContain("проверено: 1");
    const withMissing = join(clean, "b.csv");
    writeFileSync(withMissing, csv(schoolGrid(14)));
    const bad = await cli("validate", clean, "--as-of", "2024-09-02");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("== ");
    expect(ok.code).toBe(0);
  });

  it("a progress line on a terminal only", async () => {
    let err = "";
    await run(["validate", join(inbox, "real")], { out: () => {}, err: (s) => (err += s), tty: true });
    expect(err).toContain("[1/10]");
    let plain = "";
    await run(["validate", join(inbox, "real")], { out: () => {}, err: (s) => (plain += s) });
    expect(plain).not.toContain("[1/10]");
  });

  it("an .xlsx renamed .csv is «не таблица», exit 2, not a page of missing items", async () => {
    const r = await cli("validate", join(inbox, "renamed.csv"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("не таблица");
    expect(r.out).toBe("");
  });
});
