// Hostile files for the real `svodka` command (spawned, as a user runs it): whatever the file, the
// exit code is 0, 1 or 2, the message is Russian and there is never a stack trace.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Grid } from "../../shared/grid.ts";
import { gridFromTsv } from "../../shared/text-grid.ts";

const BIN = "cli/bin/svodka.js";
const SEED = "tests/fixtures/seeds/000_500b399dd1c1fd8e.txt";
const dir = mkdtempSync(join(tmpdir(), "svodka-hostile-cli-"));
const results: { args: string[]; ms: number }[] = [];

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function svodka(args: string[], opts: { closeStdoutAfter?: number } = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (s: string) => {
      out += s;
      // like `svodka … | head -c N`: the reader goes away mid-output
      if (opts.closeStdoutAfter !== undefined && out.length >= opts.closeStdoutAfter) child.stdout.destroy();
    });
    child.stderr.on("data", (s: string) => (err += s));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      results.push({ args, ms: Date.now() - started });
      resolve({ code, signal, out, err });
    });
  });
}

const STACK =
  /\n\s+at [\w.<>]+ \(|\bat (?:async )?\S+:\d+:\d+|node:internal|TypeError|RangeError|SyntaxError|ERR_[A-Z_]+/;

/** Exit code in {0,1,2}, no stack trace anywhere, and Russian words in whatever was printed. */
function expectCivil(r: Run, codes: readonly number[] = [0, 1, 2]): void {
  expect(r.signal, r.err).toBeNull();
  expect(codes, `exit ${r.code}: ${r.err.slice(0, 400)}`).toContain(r.code);
  expect(r.err).not.toMatch(STACK);
  expect(r.out).not.toMatch(STACK);
  expect(`${r.out}${r.err}`).toMatch(/[А-Яа-яЁё]{3,}/);
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A Windows-1251 encoder for what Russian roadmaps contain (Node ships only the decoder). */
function cp1251(text: string): Uint8Array {
  const special: Record<string, number> = {
    Ё: 0xa8,
    ё: 0xb8,
    "№": 0xb9,
    "«": 0xab,
    "»": 0xbb,
    "–": 0x96,
    "—": 0x97,
    "\u00a0": 0xa0,
    "“": 0x93,
    "”": 0x94,
    "„": 0x84,
    "…": 0x85,
    "’": 0x92,
    "•": 0x95,
  };
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else out.push(special[ch] ?? 0x3f);
  }
  return Uint8Array.from(out);
}

function toCsv(grid: Grid): string {
  const q = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return grid.map((row) => row.map(q).join(";")).join("\r\n");
}

afterAll(() => {
  // keep the timings visible when someone wonders why this file is slow
  const slow = results.filter((r) => r.ms > 5_000);
  if (slow.length > 0) console.info("slow CLI runs:", slow);
});

describe("svodka validate on hostile files", () => {
  it("binary garbage named .xlsx → exit 2, «повреждён»", async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const r = await svodka(["validate", file("garbage.xlsx", bytes)]);
    expectCivil(r, [2]);
    expect(r.err).toMatch(/повреждён|не \.xlsx/);
  });

  it("a zip that is not a workbook, and a truncated workbook, named .xlsx → exit 2", async () => {
    // a minimal empty zip: just the end-of-central-directory record
    const emptyZip = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expectCivil(await svodka(["validate", file("empty-zip.xlsx", emptyZip)]), [2]);
    const text = file("text.xlsx", "Мероприятие;Срок\n1.1;2020\n");
    expectCivil(await svodka(["validate", text]), [2]);
  });

  it("binary garbage named .csv → a report or exit 2, never a crash", async () => {
    const bytes = Uint8Array.from({ length: 64 * 1024 }, (_, i) => (i * 2654435761) % 256);
    expectCivil(await svodka(["validate", file("garbage.csv", bytes)]));
    expectCivil(await svodka(["validate", file("garbage.csv.json", bytes).replace(/\.json$/, ""), "--json"]));
  });

  it("an empty file (.csv, .txt, .xlsx) → exit 1 or 2 with a Russian explanation", async () => {
    const csv = await svodka(["validate", file("empty.csv", "")]);
    expectCivil(csv, [1, 2]);
    expectCivil(await svodka(["validate", file("empty.txt", "")]), [1, 2]);
    expectCivil(await svodka(["validate", file("empty.xlsx", "")]), [2]);
  });

  it("a file of NUL bytes, and NULs inside a real roadmap", async () => {
    expectCivil(await svodka(["validate", file("nul.csv", new Uint8Array(10_000))]));
    const seed = readFileSync(SEED, "utf8")
      .replace(/Мероприятие/g, "Меро\u0000приятие")
      .replace(/\t/g, "\t\u0000");
    expectCivil(await svodka(["validate", file("nul-seed.txt", seed)]));
    expectCivil(await svodka(["validate", file("nul-seed-json.txt", seed), "--json"]));
  });

  it("a 10 MB CSV finishes within a minute with exit 0 or 1", async () => {
    const seedCsv = toCsv(gridFromTsv(readFileSync(SEED, "utf8")));
    const lines = seedCsv.split("\r\n");
    const body = lines.slice(9).join("\r\n");
    let text = lines.slice(0, 9).join("\r\n");
    while (text.length < 10 * 1024 * 1024) text += `\r\n${body}`;
    const path = file("ten-mb.csv", text);
    const started = Date.now();
    const r = await svodka(["validate", path, "--as-of", "2023-12-31"]);
    expectCivil(r, [0, 1]);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("a file over 50 MB is refused before it is read (exit 2, «больше 50 МБ»)", async () => {
    const path = file("huge.csv", "");
    truncateSync(path, 51 * 1024 * 1024);
    const r = await svodka(["validate", path]);
    expectCivil(r, [2]);
    expect(r.err).toContain("больше 50 МБ");
  });

  it("a cell over 50,000 characters (more than a Google sheet holds) → exit 2 naming the cell", async () => {
    const seed = readFileSync(SEED, "utf8").split("\n");
    // the third line, second column: B3
    const cells = seed[2]!.split("\t");
    cells[1] = "ж".repeat(50_001);
    seed[2] = cells.join("\t");
    const r = await svodka(["validate", file("long-cell.txt", seed.join("\n"))]);
    expectCivil(r, [2]);
    expect(r.err).toContain("в ячейке B3 больше 50\u00a0000 символов");
    // exactly 50,000 is read as usual
    cells[1] = "ж".repeat(50_000);
    seed[2] = cells.join("\t");
    expect((await svodka(["validate", file("cell-at-limit.txt", seed.join("\n"))])).code).not.toBe(2);
  });

  it("an empty directory named .csv → exit 2, «нет файлов»", async () => {
    const path = join(dir, "folder.csv");
    mkdirSync(path);
    const r = await svodka(["validate", path]);
    expectCivil(r, [2]);
    expect(r.err).toContain("нет файлов");
  });

  it("a missing file, a dangling and a looping symlink → exit 2, «не найден»", async () => {
    expect((await svodka(["validate", join(dir, "nope.csv")])).err).toContain("не найден");
    symlinkSync(join(dir, "gone.csv"), join(dir, "dangling.csv"));
    symlinkSync(join(dir, "loop.csv"), join(dir, "loop.csv.tmp"));
    symlinkSync(join(dir, "loop.csv.tmp"), join(dir, "loop.csv"));
    for (const name of ["nope.csv", "dangling.csv", "loop.csv"]) {
      expectCivil(await svodka(["validate", join(dir, name)]), [2]);
    }
  });

  it("an unsupported extension and odd names → exit 2", async () => {
    expectCivil(await svodka(["validate", file("roadmap.docx", "PK")]), [2]);
    expectCivil(await svodka(["validate", file("no-extension", "1;2")]), [2]);
    expectCivil(await svodka(["validate", "-weird.csv"]), [2]);
  });

  it("a CP1251 CSV (old Russian Excel export) reads exactly like its UTF-8 twin", async () => {
    const csv = toCsv(gridFromTsv(readFileSync(SEED, "utf8")));
    const utf8 = await svodka(["validate", file("seed-utf8.csv", csv), "--json", "--as-of", "2021-06-01"]);
    const win = await svodka([
      "validate",
      file("seed-cp1251.csv", cp1251(csv)),
      "--json",
      "--as-of",
      "2021-06-01",
    ]);
    expect(win.code).toBe(utf8.code);
    expect([0, 1]).toContain(win.code);
    const a = JSON.parse(utf8.out);
    const b = JSON.parse(win.out);
    expect(b.items.length).toBeGreaterThan(10);
    expect(b.items.map((i: { activity: string }) => i.activity)).toEqual(
      a.items.map((i: { activity: string }) => i.activity),
    );
    expect(b.items[0].activity).toMatch(/[А-Яа-я]/);
    // and the human table is readable Russian, not mojibake
    const table = await svodka(["validate", join(dir, "seed-cp1251.csv"), "--as-of", "2021-06-01"]);
    expectCivil(table, [0, 1]);
    expect(table.out).not.toMatch(/Ð|Ñ|�/);
  });

  it("bad options → exit 2 with the Russian usage", async () => {
    for (const args of [
      ["validate"],
      ["frobnicate"],
      ["validate", SEED, "--as-of", "2023-02-30"],
      ["validate", SEED, "--as-of", "'; rm -rf /"],
      ["validate", SEED, "--period", "2024..2020"],
      ["validate", SEED, "--template"],
      ["validate", SEED, "--template", "__proto__"],
      ["validate", SEED, "--summary", "out.pdf"],
      ["validate", SEED, "--json=yes"],
    ]) {
      const r = await svodka(args);
      expectCivil(r, [2]);
    }
  });

  it("a reader that goes away mid-output (`svodka … --json | head -c 100`) is not a stack trace", async () => {
    const csv = toCsv(gridFromTsv(readFileSync(SEED, "utf8")));
    const big = Array.from({ length: 200 }, () => csv).join("\r\n");
    const r = await svodka(["validate", file("pipe.csv", big), "--json"], { closeStdoutAfter: 100 });
    expect(r.signal).toBeNull();
    expect([0, 1, 2]).toContain(r.code);
    expect(r.err).not.toMatch(STACK);
  });
});
