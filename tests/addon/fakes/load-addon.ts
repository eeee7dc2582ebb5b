// Runs the bundled Code.js the way Apps Script does: one global scope holding the services and
// nothing else — no require, process, URL, fetch or TextEncoder — then exposes its top-level
// functions. Results go through JSON like google.script.run, so a Date or a class would show up.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { beforeAll } from "vitest";
// @ts-expect-error build.mjs is plain JavaScript without type declarations
import { build } from "../../../addon/build.mjs";
import { CallLog } from "./calls.ts";
import { fakeServices } from "./services.ts";
import { FakeSpreadsheet, FakeUi, fakeSpreadsheetApp } from "./spreadsheet.ts";

const built = new Map<string, Promise<string>>();

/**
 * Under `npm run mutate`, Stryker's mutant switch (which mutant is active, what each test covers)
 * lives on the host's globalThis; the bundle, built from the instrumented sources, finds it on its own
 * global. Absent in ordinary runs.
 */
function strykerSwitch(): unknown {
  return (globalThis as { __stryker__?: unknown }).__stryker__;
}

/**
 * Builds the add-on once per test worker (and per built-in worker address, "" for none) into its own
 * folder, so parallel files never race on dist/ and the developer's SVODKA_WORKER_URL changes nothing.
 */
export function buildAddon(workerUrl = ""): Promise<string> {
  let dist = built.get(workerUrl);
  if (!dist) {
    dist = (async () => {
      const outDir = mkdtempSync(join(tmpdir(), "svodka-addon-"));
      await build({ outDir, quiet: true, workerUrl, sizeLimits: strykerSwitch() === undefined });
      return outDir;
    })();
    built.set(workerUrl, dist);
  }
  return dist;
}

export type AddonEnv = ReturnType<typeof loadAddon>;

export function loadAddon(distDir: string) {
  const log = new CallLog();
  const book = new FakeSpreadsheet(log);
  const ui = new FakeUi(log);
  const files = { Sidebar: readFileSync(join(distDir, "Sidebar.html"), "utf8") };
  const services = fakeServices(log, files);
  const logs: string[] = [];
  const quiet = (...a: unknown[]) => void logs.push(a.map(String).join(" "));
  const context = vm.createContext({
    SpreadsheetApp: fakeSpreadsheetApp(log, book, ui),
    ...services.globals,
    console: { log: quiet, info: quiet, warn: quiet, error: quiet },
    Logger: { log: quiet },
    ...(strykerSwitch() === undefined ? {} : { __stryker__: strykerSwitch() }),
  });
  vm.runInContext(readFileSync(join(distDir, "Code.js"), "utf8"), context, { filename: "Code.js" });
  const globals = context as Record<string, unknown>;

  function fn(name: string): (...args: unknown[]) => unknown {
    const f = globals[name];
    if (typeof f !== "function") throw new Error(`Code.js has no top-level function ${name}`);
    return f as (...args: unknown[]) => unknown;
  }

  return {
    log,
    book,
    ui,
    logs,
    ...services,
    context: globals,
    /** Calls a top-level function as google.script.run would: arguments and result through JSON. */
    // biome-ignore lint/suspicious/noExplicitAny: results are checked by the tests' expectations
    call(name: string, ...args: unknown[]): any {
      const result = fn(name)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
    /** Calls a top-level function directly (menu handlers, triggers). */
    run(name: string, ...args: unknown[]): unknown {
      return fn(name)(...args);
    },
  };
}

/**
 * For a test file: builds the bundle once before its tests, and returns a function that loads a fresh
 * add-on (new fakes, new spreadsheet) from it — the setup every bundled add-on test starts with.
 */
export function bundledAddon(): () => AddonEnv {
  let dist = "";
  beforeAll(async () => {
    dist = await buildAddon();
  });
  return () => loadAddon(dist);
}
