// The real worker, as `wrangler dev` runs it (workerd, local D1 and R2 on disk), on a free loopback
// port: a fresh temporary directory gets the migrations and a root organisation with its admin — the
// bootstrap step the README documents (`npm run bootstrap`'s SQL); everything else goes through the
// API. It can be stopped, killed like a crash (SIGKILL to wrangler and the workerd it spawned) and
// started again on the same disk state. Offline: no metrics, no Cloudflare fetches.
// Used by `npm run load` (dev-header users, crash and restart) and by the e2e tests
// (tests/e2e/support/local-worker.ts: Google-signed users against a local JWKS).
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { bootstrapSql } from "../bootstrap-sql.ts";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
const DB = "svodka";

export const OFFLINE_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_LOG: "warn",
  NO_COLOR: "1",
  CI: "1",
};

export interface RootOrg {
  id: string;
  name: string;
  kind: "region" | "municipality";
  adminEmail: string;
}

export interface WranglerDevOptions {
  /** `--var NAME:value` for the worker (DEV_AUTH, GOOGLE_JWKS_URL, ALLOWED_AUDIENCES…) */
  vars: Record<string, string>;
  /** reuse this state directory (kept on stop); by default a new temporary one, deleted on stop */
  persistTo?: string;
  /** bootstrap the database with this root organisation first */
  root?: RootOrg;
  /** give up waiting for /health after this long */
  timeoutMs?: number;
}

export interface WranglerDev {
  /** the current address (a restart picks a new free port) */
  url: () => string;
  persistTo: string;
  /** everything wrangler printed since the last start, for failure messages */
  output: () => string;
  /** a crash: SIGKILL to wrangler and workerd, no shutdown of any kind */
  kill: () => Promise<void>;
  /** start again on the same database and bucket */
  restart: () => Promise<void>;
  /** stop (SIGTERM, then SIGKILL) and delete the temporary state it made */
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function wrangler(args: string[], persistTo: string): Promise<string> {
  const { stdout, stderr } = await exec(
    process.execPath,
    [WRANGLER, ...args, "--local", "--persist-to", persistTo],
    { cwd: ROOT, env: OFFLINE_ENV, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout + stderr;
}

/** A fresh local D1: migrations from empty, then the one root org and its admin. */
export async function prepareDatabase(persistTo: string, root: RootOrg): Promise<void> {
  await wrangler(["d1", "migrations", "apply", DB], persistTo);
  const statement = bootstrapSql(
    { org: root.id, name: root.name, kind: root.kind, admin: root.adminEmail },
    new Date().toISOString(),
  );
  await wrangler(["d1", "execute", DB, "--command", statement], persistTo);
}

export async function startWranglerDev(o: WranglerDevOptions): Promise<WranglerDev> {
  const persistTo = o.persistTo ?? mkdtempSync(join(tmpdir(), "svodka-d1-"));
  const owned = o.persistTo === undefined;
  if (o.root) await prepareDatabase(persistTo, o.root);
  const vars = Object.entries(o.vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  let child: ChildProcess | null = null;
  let exited: number | null = -1;
  let url = "";
  let output = "";

  const signal = (sig: NodeJS.Signals) => {
    // Own process group: this ends wrangler and its workerd, and nothing else.
    if (child?.pid !== undefined && exited === null) {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    }
  };
  // If this process dies without calling stop(), take wrangler's process group with it.
  const killOnExit = () => signal("SIGKILL");
  const waitExit = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (exited === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  };
  const kill = async () => {
    signal("SIGKILL");
    await waitExit(10_000);
  };
  const stop = async () => {
    signal("SIGTERM");
    await waitExit(10_000);
    await kill();
    if (owned) rmSync(persistTo, { recursive: true, force: true });
  };

  const start = async () => {
    const port = await freePort();
    const inspector = await freePort();
    output = "";
    exited = null;
    const args = ["dev", "--local", "--ip", "127.0.0.1", "--port", String(port)];
    args.push("--inspector-port", String(inspector), "--persist-to", persistTo);
    args.push("--show-interactive-dev-session=false", "--log-level", "warn", ...vars);
    const proc = spawn(process.execPath, [WRANGLER, ...args], {
      cwd: ROOT,
      env: OFFLINE_ENV,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    proc.stdout?.on("data", (b: Buffer) => {
      output += b.toString();
    });
    proc.stderr?.on("data", (b: Buffer) => {
      output += b.toString();
    });
    proc.on("exit", (code) => {
      exited = code ?? -1;
      process.removeListener("exit", killOnExit);
    });
    process.once("exit", killOnExit);
    url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + (o.timeoutMs ?? 120_000);
    for (;;) {
      if (exited !== null) {
        const log = output.slice(-4000);
        await stop();
        throw new Error(`wrangler dev exited with ${exited}:\n${log}`);
      }
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        const log = output.slice(-4000);
        await stop();
        throw new Error(`wrangler dev did not answer /health in time:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  await start();
  return { url: () => url, persistTo, output: () => output, kill, restart: start, stop };
}
