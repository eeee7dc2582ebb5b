import { describe, expect, it } from "vitest";
import { bundledAddon } from "./fakes/load-addon.ts";

const addon = bundledAddon();

describe("menu and sidebar", () => {
  it("onOpen builds the «Сводка» menu without touching properties, sheets or the network", () => {
    const env = addon();
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
    const env = addon();
    env.run("onInstall", { authMode: "FULL" });
    expect(env.ui.menus).toHaveLength(1);
  });

  it("showSidebar opens the inlined Sidebar.html titled «Сводка»", () => {
    const env = addon();
    env.run("showSidebar");
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0]!.title).toBe("Сводка");
    expect(env.ui.sidebars[0]!.content).toContain("<script>");
  });
});

describe("failures never cross google.script.run as exceptions", () => {
  it("a Sheets service failure comes back as a Russian Result", () => {
    const env = addon();
    const sheet = env.book.addSheet("Лист1", [["a"]]);
    sheet.getDataRange = () => {
      throw new Error("Service Spreadsheets failed while accessing document");
    };
    const r = env.call("validateSheet");
    expect(r).toMatchObject({ ok: false, code: "unexpected" });
    expect(r.message).toMatch(/^Непредвиденная ошибка: Service Spreadsheets failed/);
  });

  it("a second writer gets «busy» while the document lock is held", () => {
    const env = addon();
    env.book.addSheet("Лист1", [["a"]]);
    env.lock.tryLock(0);
    expect(env.call("collectSummary")).toMatchObject({ ok: false, code: "busy" });
    expect(env.call("highlightSheet")).toMatchObject({ ok: false, code: "busy" });
    env.lock.releaseLock();
  });

  it("menu «Проверить лист» highlights and reports with a toast", () => {
    const env = addon();
    env.book.addSheet("Лист1", [
      ["Дорожная карта на 2023-2024 учебный год"],
      ["№", "Мероприятие", "Срок"],
      ["1", "", "когда-нибудь"],
    ]);
    env.run("menuValidate");
    expect(env.book.toasts[0]).toMatch(/^Подсвечено ячеек: \d+/);
    env.run("menuClearHighlight");
    expect(env.book.toasts[1]).toMatch(/^Восстановлено ячеек: \d+/);
  });
});
