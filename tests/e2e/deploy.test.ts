// The deploy guides (docs/DEPLOY.md, docs/ru/deploy.md) followed offline where the tools allow it:
// the Worker bundles with `wrangler deploy --dry-run`, `npm run bootstrap` creates the top organisation
// and its administrator in a D1 (printing the command without flags), and the clasp configs push the
// built add-on whose manifest allows exactly the worker's address.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
// @ts-expect-error build.mjs is plain JavaScript without type declarations
import { build } from "../../addon/build.mjs";
import { OFFLINE_ENV } from "./support/local-worker.ts";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const WRANGLER = join(ROOT, "node_modules/.bin/wrangler");
const TSX = join(ROOT, "node_modules/.bin/tsx");
// wrangler's normal output (the e2e default is warnings only), and its JSON unmixed with log lines
const ENV = { ...OFFLINE_ENV, WRANGLER_LOG: "log" };
const run = (cmd: string, args: string[]) =>
  exec(cmd, args, { cwd: ROOT, env: ENV, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });

describe("deploy, offline", () => {
  it("the Worker bundles for deployment (wrangler deploy --dry-run)", async () => {
    const out = mkdtempSync(join(tmpdir(), "svodka-deploy-"));
    const { stdout, stderr } = await run(WRANGLER, ["deploy", "--dry-run", "--outdir", out]);
    expect(stdout + stderr).toMatch(/--dry-run: exiting now/);
    expect(stdout + stderr).toMatch(/env\.DB \(svodka\)/);
    expect(existsSync(join(out, "index.js"))).toBe(true);
  });

  it("npm run bootstrap prints the wrangler command and changes nothing without --remote / --local", async () => {
    const { stdout } = await run(TSX, [
      "scripts/bootstrap.ts",
      "--org",
      "tomsk",
      "--name",
      "Томская область",
      "--admin",
      "Admin@Example.org",
    ]);
    expect(stdout).toMatch(/npx wrangler d1 execute svodka --remote --command "INSERT OR IGNORE INTO orgs/);
    expect(stdout).toContain("'admin@example.org', 'admin'");
    await expect(
      run(TSX, ["scripts/bootstrap.ts", "--org", "a b", "--name", "x", "--admin", "y"]),
    ).rejects.toMatchObject({
      code: 2,
    });
  });

  it("npm run bootstrap --local creates the organisation and its administrator once, idempotently", async () => {
    const persist = mkdtempSync(join(tmpdir(), "svodka-boot-"));
    await run(WRANGLER, ["d1", "migrations", "apply", "svodka", "--local", "--persist-to", persist]);
    const args = [
      "scripts/bootstrap.ts",
      "--org",
      "tomsk",
      "--name",
      "Томская область",
      "--admin",
      "admin@example.org",
      "--local",
      "--persist-to",
      persist,
    ];
    await run(TSX, args);
    await run(TSX, args);
    const { stdout } = await run(WRANGLER, [
      "d1",
      "execute",
      "svodka",
      "--local",
      "--persist-to",
      persist,
      "--json",
      "--command",
      "SELECT o.id, o.name, o.path, m.email, m.role FROM orgs o JOIN members m ON m.org_id = o.id",
    ]);
    const [{ results }] = JSON.parse(stdout.slice(stdout.indexOf("["))) as [{ results: unknown[] }];
    expect(results).toEqual([
      { id: "tomsk", name: "Томская область", path: "/tomsk/", email: "admin@example.org", role: "admin" },
    ]);
  });

  it("both clasp configs push addon/dist, which holds the manifest, Code.js and Sidebar.html", async () => {
    for (const env of ["dev", "prod"]) {
      const config = JSON.parse(readFileSync(join(ROOT, `addon/.clasp-${env}.json`), "utf8"));
      expect(Object.keys(config).sort()).toEqual(["rootDir", "scriptId"]);
      expect(config.rootDir).toBe("dist");
      expect(config.scriptId).toMatch(/^(REPLACE_WITH_[A-Z]+_SCRIPT_ID|[\w-]{20,})$/);
    }
    const dist = mkdtempSync(join(tmpdir(), "svodka-addon-"));
    await build({ outDir: dist, quiet: true, workerUrl: "https://svodka.uo-tomsk.ru" });
    for (const file of ["appsscript.json", "Code.js", "Sidebar.html"])
      expect(existsSync(join(dist, file))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(dist, "appsscript.json"), "utf8"));
    expect(manifest.urlFetchWhitelist).toEqual(["https://svodka.uo-tomsk.ru/"]);
    // every scope DEPLOY.md explains for Google's verification form, and no other
    const guide = readFileSync(join(ROOT, "docs/DEPLOY.md"), "utf8");
    for (const scope of manifest.oauthScopes as string[]) expect(guide).toContain(scope);
  });
});
