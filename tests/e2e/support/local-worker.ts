// The real worker, as `wrangler dev` runs it, on a free loopback port with its own local D1 in a
// temporary directory: migrations applied with `wrangler d1 migrations apply --local --persist-to`,
// a root organisation and its admin inserted with `wrangler d1 execute` (the bootstrap step the README
// documents; everything else goes through the API). Offline: no metrics, no Cloudflare fetches.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { bootstrapSql } from "../../../scripts/bootstrap-sql.ts";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../../..");
const WRANGLER = join(ROOT, "node_modules/.bin/wrangler");
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

export interface LocalWorker {
  url: string;
  persistTo: string;
  /** everything wrangler printed, for failure messages */
  output: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function wrangler(args: string[], persistTo: string): Promise<string> {
  const { stdout, stderr } = await exec(WRANGLER, [...args, "--local", "--persist-to", persistTo], {
    cwd: ROOT,
    env: OFFLINE_ENV,
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout + stderr;
}

/** A fresh local D1: migrations from empty, then the one root org and its admin (`npm run bootstrap`'s SQL). */
export async function prepareDatabase(persistTo: string, root: RootOrg): Promise<void> {
  await wrangler(["d1", "migrations", "apply", DB], persistTo);
  const statement = bootstrapSql(
    { org: root.id, name: root.name, kind: root.kind, admin: root.adminEmail },
    new Date().toISOString(),
  );
  await wrangler(["d1", "execute", DB, "--command", statement], persistTo);
}

export interface StartOptions {
  jwksUrl: string;
  audiences: string;
  persistTo?: string;
  root?: RootOrg;
  /** give up waiting for /health after this long */
  timeoutMs?: number;
}

export async function startLocalWorker(o: StartOptions): Promise<LocalWorker> {
  const persistTo = o.persistTo ?? mkdtempSync(join(tmpdir(), "svodka-d1-"));
  const owned = o.persistTo === undefined;
  if (o.root) await prepareDatabase(persistTo, o.root);
  const port = await freePort();
  const inspector = await freePort();
  const args = [
    "dev",
    "--local",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspector),
    "--persist-to",
    persistTo,
    "--show-interactive-dev-session=false",
    "--log-level",
    "warn",
    "--var",
    `GOOGLE_JWKS_URL:${o.jwksUrl}`,
    "--var",
    `ALLOWED_AUDIENCES:${o.audiences}`,
  ];
  // Own process group, so stop() ends wrangler and the workerd it spawned, and nothing else.
  const child: ChildProcess = spawn(WRANGLER, args, {
    cwd: ROOT,
    env: OFFLINE_ENV,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (b: Buffer) => {
    output += b.toString();
  });
  child.stderr?.on("data", (b: Buffer) => {
    output += b.toString();
  });
  let exited: number | null = null;
  // If this process dies without calling stop(), take wrangler's process group with it.
  const killGroup = () => {
    if (child.pid !== undefined && exited === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  process.once("exit", killGroup);
  child.on("exit", (code) => {
    exited = code ?? -1;
    process.removeListener("exit", killGroup);
  });

  const stop = async () => {
    if (child.pid !== undefined && exited === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      const deadline = Date.now() + 10_000;
      while (exited === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (exited === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    if (owned) rmSync(persistTo, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (o.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`wrangler dev exited with ${exited}:\n${output.slice(-4000)}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer /health in time:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, persistTo, output: () => output, stop };
}
