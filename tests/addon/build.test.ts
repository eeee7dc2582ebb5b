import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAddon, loadAddon } from "./fakes/load-addon.ts";

let dist = "";
beforeAll(async () => {
  dist = await buildAddon();
});

describe("addon build", () => {
  it("keeps Code.js under 400 KB and the sidebar under 100 KB", () => {
    expect(readFileSync(join(dist, "Code.js")).length).toBeLessThan(400 * 1024);
    expect(readFileSync(join(dist, "Sidebar.html")).length).toBeLessThan(100 * 1024);
  });

  it("turns every export of main.ts into a top-level function declaration", () => {
    const code = readFileSync(join(dist, "Code.js"), "utf8");
    for (const name of ["onOpen", "onInstall", "showSidebar"]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(\\)`, "m"));
    }
  });

  it("loads without the globals Apps Script lacks (require, process, URL, fetch, TextEncoder)", () => {
    const code = readFileSync(join(dist, "Code.js"), "utf8");
    expect(code).not.toMatch(/\brequire\(/);
    const env = loadAddon(dist);
    for (const name of ["require", "process", "URL", "fetch", "TextEncoder", "module", "exports"]) {
      expect(name in env.context).toBe(false);
    }
    expect(typeof env.context.Svodka).toBe("object");
  });

  it("inlines the sidebar script and styles into one HTML file", () => {
    const html = readFileSync(join(dist, "Sidebar.html"), "utf8");
    expect(html).toContain("<style>");
    expect(html).toContain("<script>");
    expect(html).not.toContain("inline:");
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it("ships a V8 manifest with narrow scopes and a fetch allowlist", () => {
    const manifest = JSON.parse(readFileSync(join(dist, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/drive");
    expect(manifest.oauthScopes).toContain("openid");
    for (const prefix of manifest.urlFetchWhitelist) expect(prefix).toMatch(/^https:\/\/[^/]+\/$/);
  });
});
