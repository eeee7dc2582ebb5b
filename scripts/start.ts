// The local Svodka: migrations applied to the local D1, the demo loaded (idempotent), then `wrangler dev`
// offline with dev mode on for this process only. Prints what to open and who to be.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newApiToken, sha256Hex } from "../worker/src/auth/api-token.ts";
import { loadDemo } from "./demo.ts";
import { DEMO, SCHOOLS } from "./demo-data.ts";
import { DB_NAME, ROOT, sql, wrangler, wranglerForeground } from "./wrangler.ts";

const PORT = Number(process.env["PORT"] ?? 8787);
const base = `http://localhost:${PORT}`;

console.log("Svodka: applying migrations to the local D1 (.wrangler/state)…");
wrangler(["d1", "migrations", "apply", DB_NAME, "--local"]);

console.log("Loading the demo (a municipality with 22 schools and a campaign)…");
await loadDemo();

// One API token for the department specialist, created once and kept under .wrangler/ (git-ignored).
const tokenFile = join(ROOT, ".wrangler", "demo-api-token");
let token = existsSync(tokenFile) ? readFileSync(tokenFile, "utf8").trim() : "";
if (!token) {
  token = newApiToken();
  wrangler([
    "d1",
    "execute",
    DB_NAME,
    "--local",
    "--command",
    // the token may use what the department has now (migration 0003)
    `INSERT OR IGNORE INTO api_tokens (token_hash, email, label, created_at) VALUES (${sql(await sha256Hex(token))}, ${sql(DEMO.users.department)}, 'demo', ${sql(new Date().toISOString())}); INSERT OR IGNORE INTO api_token_scopes (token_id, org_id, role) SELECT t.id, m.org_id, m.role FROM api_tokens t JOIN members m ON m.email = t.email WHERE t.token_hash = ${sql(await sha256Hex(token))};`,
  ]);
  writeFileSync(tokenFile, `${token}\n`);
}

const c = DEMO.campaign.id;
console.log(`
Svodka is starting at ${base}

  API reference        ${base}/docs
  Department summary   ${base}/api/v1/campaigns/${c}/summary        (add ?format=csv for CSV)

Dev mode is on for this local process only: name the user in a header.
  Department           X-Svodka-Dev-User: ${DEMO.users.department}
  Region               X-Svodka-Dev-User: ${DEMO.users.region}
  School («${SCHOOLS[0]!.name}»)  X-Svodka-Dev-User: ${SCHOOLS[0]!.email}

  curl -H "X-Svodka-Dev-User: ${DEMO.users.department}" ${base}/api/v1/campaigns/${c}/summary?format=csv

Or the department's API token (stored in .wrangler/demo-api-token):
  curl -H "Authorization: Bearer ${token}" ${base}/api/v1/campaigns/${c}/summary

In the add-on's settings use the worker URL ${base} and the same dev user or token.
`);

const dev = wranglerForeground([
  "dev",
  "--local",
  "--ip",
  "127.0.0.1",
  "--port",
  String(PORT),
  "--var",
  "DEV_AUTH:1",
  "--show-interactive-dev-session=false",
]);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));

// wrangler dev does not fire Cron Triggers by itself: run the scheduled job once, so the demo's grids
// (loaded as D1 chunks) move to the local R2 the way migration 0006's mover does in production.
void (async () => {
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) {
      const r = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("7 * * * *")}`);
      console.log(r.ok ? "Demo grids are in the local R2." : `The scheduled job answered ${r.status}.`);
      return;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
})();
dev.on("exit", (code) => process.exit(code ?? 0));
