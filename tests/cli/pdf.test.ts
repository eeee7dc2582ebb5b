import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../cli/src/main.ts";
import { readGrid } from "../../cli/src/read-file.ts";
import { readRoadmap } from "../../shared/roadmap/read-roadmap.ts";
import type { RoadmapRead } from "../../shared/roadmap/types.ts";
import { gridFromTsv } from "../../shared/text-grid.ts";
import { NO_NUMBER_TABLE, NO_NUMBER_TITLE } from "../fixtures/pdf/build.ts";

// Seed documents printed to PDF (tests/fixtures/pdf/build.ts: chromium, a real text layer, wrapped
// cells, merged cells over page breaks) read back to the same items as their text.
const squash = (s: string | undefined) => (s ?? "").replace(/\*\*/g, "").replace(/\s+/g, " ").trim();
const meaning = (r: RoadmapRead) => ({
  title: squash(r.title ?? ""),
  period: r.period,
  sections: r.sections.map((s) => [s.code, squash(s.title)]),
  items: r.items.map((i) => ({
    code: i.code,
    section: i.section,
    text: Object.fromEntries(Object.entries(i.text).map(([k, v]) => [k, squash(v)])),
  })),
});

describe(".pdf with a text layer", () => {
  for (const seed of ["001_05aab9b01409ba82", "004_d0d44ac2c919aeb6"]) {
    it(`${seed}.pdf reads to the same items as its text`, async () => {
      const grid = await readGrid(`tests/fixtures/pdf/${seed}.pdf`);
      expect(grid.ok).toBe(true);
      if (!grid.ok) return;
      const fromPdf = meaning(readRoadmap(grid.value));
      const fromText = meaning(
        readRoadmap(gridFromTsv(readFileSync(`tests/fixtures/seeds/${seed}.txt`, "utf8"))),
      );
      expect(fromPdf.items.length).toBeGreaterThan(5);
      expect(fromPdf).toEqual(fromText);
    });
  }

  it("a table with no № column: rows told by the space between them, not one per line", async () => {
    // cells run over lines that start with a capital or a number («МБОУ СОШ № 1 …», «2 раза в год …»)
    const grid = await readGrid("tests/fixtures/pdf/no-number.pdf");
    expect(grid.ok).toBe(true);
    if (!grid.ok) return;
    const fromPdf = meaning(readRoadmap(grid.value));
    const fromTable = meaning(
      readRoadmap([
        ...NO_NUMBER_TITLE.map((t) => [t]),
        ...NO_NUMBER_TABLE.map((r) => r.map((c) => c.join(" "))),
      ]),
    );
    expect(fromPdf.items).toHaveLength(4);
    expect(fromPdf).toEqual(fromTable);
  });

  it("a scanned PDF (no text layer) is exit 2 «в PDF нет текстового слоя»", async () => {
    let err = "";
    const code = await run(["validate", "tests/fixtures/pdf/scan.pdf"], {
      out: () => {},
      err: (s) => (err += s),
    });
    expect(code).toBe(2);
    expect(err).toContain("в PDF нет текстового слоя");
  });

  it("bytes that are not a PDF are «повреждён», exit 2", async () => {
    let err = "";
    const file = join(mkdtempSync(join(tmpdir(), "svodka-pdf-")), "x.pdf");
    writeFileSync(file, "%PDF-1.4 nonsense");
    const code = await run(["validate", file], { out: () => {}, err: (s) => (err += s) });
    expect(code).toBe(2);
    expect(err).toContain("не .pdf");
  });
});
