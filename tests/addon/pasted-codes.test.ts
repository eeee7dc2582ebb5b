// A roadmap pasted from Word into a ru_RU sheet whose code column is not formatted as text: Sheets
// turns seed 003's codes «1.1», «3.1» … «3.7» into dates (1 January, 3 January …), as the fake does.
// Validation, submission and highlight must still see the codes the document has.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gridFromTsv } from "../../shared/text-grid.ts";
import { bundledAddon } from "./fakes/load-addon.ts";
import { seedSheet } from "./sheets.ts";
import { configure, receipt } from "./worker-fixtures.ts";

const addon = bundledAddon();
const SEED = "003_3ffaea0ad251f32c";

/** Column A of the document as written, row by row (1-based sheet rows → code text). */
function documentCodes(): Map<number, string> {
  const grid = gridFromTsv(readFileSync(`tests/fixtures/seeds/${SEED}.txt`, "utf8"));
  const codes = new Map<number, string>();
  grid.forEach((row, i) => {
    const a = String(row[0] ?? "").trim();
    if (/^\d+(\.\d+)+\.?$/.test(a)) codes.set(i + 1, a);
  });
  return codes;
}

function pasted() {
  const env = addon();
  const sheet = env.book.addSheet("Вставлено", seedSheet(SEED));
  return { env, sheet };
}

describe("codes a ru_RU sheet turned into dates", () => {
  const codes = documentCodes();
  // «d.m» codes without a trailing dot are what ru_RU Sheets reads as a date (1.1, 3.1 … 3.7)
  const dated = [...codes].filter(([, c]) => /^\d{1,2}\.\d{1,2}$/.test(c));

  it("are dates in the fake, as in real Sheets (the premise)", () => {
    const { sheet } = pasted();
    expect(dated.map(([, c]) => c)).toEqual(["1.1", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]);
    for (const [row] of dated) {
      expect(Object.prototype.toString.call(sheet.getRange(row, 1).getValue())).toBe("[object Date]");
    }
  });

  it("are validated as the codes: no code finding on them, none naming a date", () => {
    const { env } = pasted();
    const r = env.call("validateSheet");
    expect(r.ok).toBe(true);
    const findings = r.value.groups.flatMap(
      (g: { findings: { cell: string; code: string; message: string }[] }) => g.findings,
    );
    const codeFindings = findings.filter((f: { code: string }) => /code/.test(f.code));
    for (const [row] of dated) {
      expect(codeFindings.filter((f: { cell: string }) => f.cell === `A${row}`)).toEqual([]);
    }
    for (const f of findings) expect(f.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("are submitted as the document writes them", () => {
    const { env } = pasted();
    configure(env);
    env.urlFetch.respond((req) => ({ status: 201, body: receipt(JSON.parse(req.payload!).submissionId) }));
    expect(env.call("submitSheet").ok).toBe(true);
    const grid = JSON.parse(env.urlFetch.requests.at(-1)!.payload!).grid as unknown[][];
    for (const [row, code] of codes) expect(grid[row - 1]![0]).toBe(code);
  });

  it("get no highlight note about a code", () => {
    const { env, sheet } = pasted();
    expect(env.call("highlightSheet").ok).toBe(true);
    for (const [row] of dated) expect(sheet.cell(`A${row}`).note).toBe("");
  });

  it("reads the display text with one call, only when the sheet holds dates", () => {
    const { env } = pasted();
    env.log.reset();
    env.call("validateSheet");
    expect(env.log.snapshot()["Range.getDisplayValues"]).toBe(1);
    const plain = addon();
    plain.book.addSheet("Текст", seedSheet("001_05aab9b01409ba82"));
    plain.log.reset();
    plain.call("validateSheet");
    expect(plain.log.snapshot()["Range.getDisplayValues"]).toBeUndefined();
  });
});
