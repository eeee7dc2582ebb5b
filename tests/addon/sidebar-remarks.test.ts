// The department's item remarks in the school's «Отправка», built Sidebar.html in headless chromium
// at 300 px: each remark found on the sheet is a button that selects its cell (as findings do), one no
// longer on the sheet says so, «Показать замечания на листе» and «Снять подсветку» call the server.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { buildAddon } from "./fakes/load-addon.ts";
import { SIDEBAR_STUB } from "./sidebar-stub.ts";

const SHOTS = "docs/screenshots";
let browser: Browser;
let dist = "";

beforeAll(async () => {
  dist = await buildAddon();
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 640 }, deviceScaleFactor: 1 });
  await page.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort(),
  );
  await page.addInitScript(SIDEBAR_STUB);
  await page.goto(`file://${join(dist, "Sidebar.html")}`);
  await page.getByRole("tab", { name: "Отправка" }).click();
  return page;
}

const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls.map((c) => [...c]));

describe("sidebar: the department's remarks on the roadmap", () => {
  it("a remark selects its item's cell; one not on the sheet says so; the rows can be shown and cleared", async () => {
    const page = await open();
    const box = page.getByRole("region", { name: "Проверка управления" });
    await box.waitFor();
    expect(await box.textContent()).toContain(
      "Замечания найдены на листе «Дорожная карта». Нажмите на замечание, чтобы перейти к строке.",
    );
    // found items are buttons with their cell; the missing one is listed, disabled, and says why
    const buttons = box.locator("button.remark");
    expect(await buttons.count()).toBe(3);
    expect(await buttons.nth(1).getAttribute("data-cell")).toBe("A12");
    expect(await buttons.nth(1).isEnabled()).toBe(true);
    const missing = buttons.nth(2);
    expect(await missing.locator(".text").textContent()).toBe("4.2: =нет отчёта — пункт не найден на листе");
    expect(await missing.isDisabled()).toBe(true);

    await buttons.nth(1).click();
    await expect.poll(() => calls(page)).toContainEqual(["selectCell", "Дорожная карта", 12, "A"]);

    await box.getByRole("button", { name: "Показать замечания на листе" }).click();
    await box.getByText("Подсвечено строк с замечаниями: 2 на листе «Дорожная карта».").waitFor();
    await page.screenshot({
      path: `${SHOTS}/sidebar-review-remarks.png`,
      fullPage: true,
      animations: "disabled",
    });
    await box.getByRole("button", { name: "Снять подсветку" }).click();
    await box.getByText("Восстановлено ячеек: 18").waitFor();
    const made = (await calls(page)).map((c) => c[0]);
    expect(made.filter((n) => n === "highlightMyRemarks" || n === "clearSheetHighlight")).toEqual([
      "highlightMyRemarks",
      "clearSheetHighlight",
    ]);
    await page.close();
  });
});
