import { beforeAll, describe, expect, it } from "vitest";
import { buildAddon, loadAddon } from "./fakes/load-addon.ts";

let dist = "";
beforeAll(async () => {
  dist = await buildAddon();
});

describe("menu and sidebar", () => {
  it("onOpen builds the «Сводка» menu without touching properties, sheets or the network", () => {
    const env = loadAddon(dist);
    env.run("onOpen", { authMode: "NONE" });
    expect(env.ui.menus).toHaveLength(1);
    const items = env.ui.menus[0]!.items.map(([, fn]) => fn);
    expect(items).toContain("showSidebar");
    for (const fn of items) expect(typeof env.context[fn]).toBe("function");
    const used = Object.keys(env.log.snapshot()).map((k) => k.split(".")[0]);
    expect(new Set(used)).toEqual(new Set(["SpreadsheetApp", "Ui", "Menu"]));
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("onInstall builds the same menu", () => {
    const env = loadAddon(dist);
    env.run("onInstall", { authMode: "FULL" });
    expect(env.ui.menus).toHaveLength(1);
  });

  it("showSidebar opens the inlined Sidebar.html titled «Сводка»", () => {
    const env = loadAddon(dist);
    env.run("showSidebar");
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0]!.title).toBe("Сводка");
    expect(env.ui.sidebars[0]!.content).toContain("<script>");
  });
});
