import { readFileSync } from "node:fs";
import vm from "node:vm";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

// The .docx reader bundled the way the add-on is (IIFE, platform neutral) and run in a V8 context
// holding none of Node's or the browser's globals, as Apps Script's.
describe(".docx reader in an Apps Script-like V8 context", () => {
  it("reads the seed document with its merges and no TextDecoder, URL or require", async () => {
    const out = await esbuild.build({
      stdin: {
        contents: `import { readDocx, docxGrid } from "./shared/docx/read-docx.ts";
          export function read(bytes) { const r = readDocx(Uint8Array.from(bytes)); return r.ok ? JSON.stringify(docxGrid(r.value)) : r.code; }`,
        resolveDir: process.cwd(),
        loader: "ts",
      },
      bundle: true,
      format: "iife",
      globalName: "Reader",
      platform: "neutral",
      mainFields: ["module", "main"],
      target: "es2020",
      write: false,
      logLevel: "silent",
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(/);
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of ["TextDecoder", "URL", "require", "process", "Buffer"])
      expect(name in context).toBe(false);
    // Apps Script's Blob.getBytes() gives a plain array of signed bytes
    const bytes = [...readFileSync("tests/fixtures/docx/001_05aab9b01409ba82.docx")].map((b) =>
      b > 127 ? b - 256 : b,
    );
    const grid = JSON.parse(
      vm.runInContext(`Reader.read(${JSON.stringify(bytes)})`, context) as string,
    ) as string[][];
    expect(grid.some((row) => row[0] === "№" && row[4] === "Ответственный")).toBe(true);
    expect(grid.flat().join(" ")).toContain("Средняя общеобразовательная школа №21");
    expect(vm.runInContext("Reader.read([1,2,3,4])", context)).toBe("not-docx");
  });
});
