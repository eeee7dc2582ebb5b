// The dependency arrows of docs/ARCHITECTURE.md, checked on the source: a wrong import fails here
// instead of surviving until someone reads the tree.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|mjs)$/.test(entry.name)) continue;
    const path = relative(ROOT, join(entry.parentPath, entry.name));
    if (!/(^|\/)(node_modules|dist)\//.test(path)) out.push(path);
  }
  return out;
}

/** Repo-relative targets of the file's relative imports (type-only ones included: they are arrows too). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1] ?? "",
  );
  return specs.map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}

function offenders(files: string[], bad: (target: string, file: string) => boolean): string[] {
  return files.flatMap((f) =>
    importsOf(f)
      .filter((t) => bad(t, f))
      .map((t) => `${f} → ${t}`),
  );
}

const APPS_SCRIPT =
  /\b(SpreadsheetApp|UrlFetchApp|HtmlService|PropertiesService|LockService|MailApp|GmailApp|Session|CacheService|ScriptApp|Utilities|DriveApp)\s*\./;

/** Source without comments, so a comment naming `UrlFetchApp.fetchAll` is not a call. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("dependency direction", () => {
  it("shared/ imports nothing from the other parts", () => {
    expect(offenders(sources("shared"), (t) => !t.startsWith("shared/"))).toEqual([]);
  });

  it("worker, add-on and CLI import shared/ but never each other", () => {
    const parts = ["worker", "addon", "cli"];
    for (const part of parts) {
      const others = parts.filter((p) => p !== part);
      expect(offenders(sources(part), (t) => others.some((o) => t.startsWith(`${o}/`)))).toEqual([]);
    }
  });

  it("no production code imports tests/", () => {
    const production = ["shared", "worker", "addon", "cli", "scripts", "bench"].flatMap(sources);
    expect(offenders(production, (t) => t.startsWith("tests/"))).toEqual([]);
  });
});

describe("addon/src/server: plan → services → actions → main", () => {
  const server = sources("addon/src/server");
  const layer = (path: string): number => {
    if (path.startsWith("addon/src/server/plan/")) return 0;
    if (path.startsWith("addon/src/server/services/")) return 1;
    if (path.startsWith("addon/src/server/actions/")) return 2;
    return path.startsWith("addon/src/server/") ? 3 : -1;
  };

  it("every file sits in one of the layers", () => {
    const top = server.filter((f) => layer(f) === 3).sort();
    expect(top).toEqual([
      "addon/src/server/guard.ts",
      "addon/src/server/main.ts",
      "addon/src/server/sidebar-api.ts",
    ]);
  });

  it("no import points from a lower layer to a higher one", () => {
    const lower = server.filter((f) => layer(f) < 3);
    expect(offenders(lower, (t, f) => layer(t) > layer(f))).toEqual([]);
  });

  it("only services/ touches Apps Script globals", () => {
    const touching = server.filter((f) => APPS_SCRIPT.test(code(f)));
    expect(touching.every((f) => f.startsWith("addon/src/server/services/"))).toBe(true);
    expect(touching.length).toBeGreaterThan(3);
  });

  it("the sidebar sees the server only through plan/ views and the sidebar-api contract", () => {
    const sidebar = sources("addon/src/sidebar");
    const bad = offenders(
      sidebar,
      (t) =>
        t.startsWith("addon/src/server/") &&
        !t.startsWith("addon/src/server/plan/") &&
        !t.endsWith("sidebar-api.ts"),
    );
    expect(bad).toEqual([]);
  });
});
