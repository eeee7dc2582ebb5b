// The worker under load: a private `wrangler dev` (workerd, local D1 and R2 on disk in a temporary
// directory) with dev mode on for this process only, so users are named by the X-Svodka-Dev-User
// header. It can be killed like a crash (SIGKILL to wrangler and the workerd it spawned) and started
// again on the same disk state. Offline: no metrics, no Cloudflare fetches.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
const ENV = {
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
  adminEmail: string;
}

export interface LoadWorker {
  url: () => string;
  /** a crash: SIGKILL to wrangler and workerd, no shutdown of any kind */
  kill: () => Promise<void>;
  /** start again on the same database and bucket */
  restart: () => Promise<void>;
  /** stop and delete the temporary state */
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function wrangler(args: string[], persistTo: string): void {
  const r = spawnSync(process.execPath, [WRANGLER, ...args, "--local", "--persist-to", persistTo], {
    cwd: ROOT,
    env: ENV,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
}

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Migrations from empty, then the root org and its admin: the bootstrap step the README documents. */
function prepare(persistTo: string, root: RootOrg): void {
  wrangler(["d1", "migrations", "apply", "svodka"], persistTo);
  const now = new Date().toISOString();
  wrangler(
    [
      "d1",
      "execute",
      "svodka",
      "--command",
      `INSERT INTO orgs (id, parent_id, name, kind, path, created_at) VALUES (${sql(root.id)}, NULL, ${sql(root.name)}, 'region', ${sql(`/${root.id}/`)}, ${sql(now)}); ` +
        `INSERT INTO members (org_id, email, role, created_at) VALUES (${sql(root.id)}, ${sql(root.adminEmail)}, 'admin', ${sql(now)});`,
    ],
    persistTo,
  );
}

export async function startLoadWorker(root: RootOrg): Promise<LoadWorker> {
  const persistTo = mkdtempSync(join(tmpdir(), "svodka-load-"));
  prepare(persistTo, root);
  let child: ChildProcess | null = null;
  let exited = true;
  let url = "";
  let output = "";

  const signal = (sig: NodeJS.Signals) => {
    // Own process group: this ends wrangler and its workerd, and nothing else.
    if (child?.pid !== undefined && !exited) {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    }
  };
  const killOnExit = () => signal("SIGKILL");
  const waitExit = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  };

  const start = async () => {
    const port = await freePort();
    const inspector = await freePort();
    output = "";
    exited = false;
    child = spawn(
      process.execPath,
      [
        WRANGLER,
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
        "DEV_AUTH:1",
      ],
      { cwd: ROOT, env: ENV, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout?.on("data", (b: Buffer) => (output += b.toString()));
    child.stderr?.on("data", (b: Buffer) => (output += b.toString()));
    child.on("exit", () => {
      exited = true;
      process.removeListener("exit", killOnExit);
    });
    process.once("exit", killOnExit);
    url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (exited) throw new Error(`wrangler dev exited:\n${output.slice(-4000)}`);
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        signal("SIGKILL");
        throw new Error(`wrangler dev did not answer /health in time:\n${output.slice(-4000)}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  await start();
  return {
    url: () => url,
    kill: async () => {
      signal("SIGKILL");
      await waitExit(10_000);
    },
    restart: start,
    stop: async () => {
      signal("SIGTERM");
      await waitExit(10_000);
      signal("SIGKILL");
      await waitExit(5_000);
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}
