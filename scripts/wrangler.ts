import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
// The pinned wrangler, run by this Node directly (not through npx) so Ctrl-C reaches it.
const WRANGLER = [join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js")];
export const DB_NAME = "svodka";

/** Wrangler fully offline: no request.cf lookups, no telemetry. */
export const OFFLINE_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
};

/** Run `wrangler …` to completion; throws with its output on failure. */
export function wrangler(args: string[], quiet = true): string {
  const result = spawnSync(process.execPath, [...WRANGLER, ...args], {
    cwd: ROOT,
    env: OFFLINE_ENV,
    encoding: "utf8",
    stdio: quiet ? "pipe" : "inherit",
  });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(" ")} failed:\n${result.stdout ?? ""}${result.stderr ?? ""}`);
  }
  return result.stdout ?? "";
}

/** Start a long-running `wrangler …` attached to this terminal. */
export function wranglerForeground(args: string[]) {
  return spawn(process.execPath, [...WRANGLER, ...args], { cwd: ROOT, env: OFFLINE_ENV, stdio: "inherit" });
}

/** SQL string literal. */
export const sql = (value: string | number | null): string =>
  value === null ? "NULL" : typeof value === "number" ? String(value) : `'${value.replace(/'/g, "''")}'`;
