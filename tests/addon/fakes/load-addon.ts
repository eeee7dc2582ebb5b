// Runs the bundled Code.js the way Apps Script does: one global scope holding the services and
// nothing else — no require, process, URL, fetch or TextEncoder — then exposes its top-level
// functions. Results go through JSON like google.script.run, so a Date or a class would show up.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
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
    dist = strykerSwitch() === undefined ? buildInto(workerUrl) : buildOncePerSandbox(workerUrl);
    built.set(workerUrl, dist);
  }
  return dist;
}

async function buildInto(workerUrl: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "svodka-addon-"));
  await build({ outDir, quiet: true, workerUrl, sizeLimits: strykerSwitch() === undefined });
  return outDir;
}

/**
 * Under Stryker every test file is imported afresh for every mutant, so the per-module cache above
 * would rebuild the add-on per file per mutant. The instrumented sources of a Stryker sandbox do not
 * change during a run (a mutant is switched on at run time through `__stryker__`), so one bundle per
 * sandbox (the working directory) and worker address serves every mutant; built aside and renamed
 * into place, so two Stryker workers never read a half-written one.
 */
async function buildOncePerSandbox(workerUrl: string): Promise<string> {
  const key = createHash("sha256").update(`${process.cwd()}\0${workerUrl}`).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), `svodka-addon-stryker-${key}`);
  if (existsSync(join(dir, "Code.js"))) return dir;
  const fresh = await buildInto(workerUrl);
  try {
    renameSync(fresh, dir);
  } catch {
    // the other worker was first: its bundle is the same
    rmSync(fresh, { recursive: true, force: true });
  }
  return dir;
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
