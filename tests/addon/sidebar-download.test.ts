// «Скачать Excel» / «Скачать CSV» in the built Sidebar.html, headless chromium at 300 px: the server's
// base64 (here the worker's real summary files) becomes a download with the Russian file name, the
// saved bytes are the file (the XLSX read back with a real reader), and a refusal is shown in Russian.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { summaryCsv } from "../../worker/src/services/summary-csv.ts";
import { summaryXlsx } from "../../worker/src/services/summary-xlsx.ts";
import { SHOTS, useSidebarBrowser } from "./sidebar-browser.ts";
import { SIDEBAR_STUB } from "./sidebar-stub.ts";
import { summary } from "./worker-fixtures.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SUMMARY = summary([
  { orgId: "s21", name: "МБОУ СОШ №21", status: "submitted" },
  { orgId: "s5", name: "МКОУ Ивановская ООШ", status: "not-submitted" },
]);
const FILES = {
  xlsx: summaryXlsx(SUMMARY),
  csv: new Uint8Array(Buffer.from(summaryCsv(SUMMARY), "utf8")),
};
const NAME = "Сводка — Дорожная карта ЦМН 2023-2024 — 01.06.2024";
const TOO_LARGE =
  "Файл сводки слишком большой для боковой панели (12,3 МБ, можно до 10,0 МБ). Попросите специалиста по информатизации выгрузить его через API (см. руководство управления, раздел «Сводка в Excel»).";

/** Added after SIDEBAR_STUB: answers downloadSummary as the server does, hands the rest to the base. */
const DOWNLOAD_STUB = `(() => {
  const base = window.google.script.run;
  const calls = window.__calls;
  const files = ${JSON.stringify({
    xlsx: {
      fileName: `${NAME}.xlsx`,
      mimeType: XLSX,
      base64: Buffer.from(FILES.xlsx).toString("base64"),
      bytes: FILES.xlsx.length,
    },
    csv: {
      fileName: `${NAME}.csv`,
      mimeType: "text/csv;charset=utf-8",
      base64: Buffer.from(FILES.csv).toString("base64"),
      bytes: FILES.csv.length,
    },
  })};
  window.__downloadFails = false;
  function runner(success, failure) {
    return new Proxy({}, { get(_, name) {
      if (name === "withSuccessHandler") return (fn) => runner(fn, failure);
      if (name === "withFailureHandler") return (fn) => runner(success, fn);
      if (name === "loadCampaignForm" && window.__asSchool) return () => {
        calls.push([name]);
        setTimeout(() => success({ ok: true, value: { orgs: [], templates: [], schoolYears: [], today: "2024-06-01", current: null } }), 30);
      };
      if (name !== "downloadSummary") return base.withSuccessHandler(success).withFailureHandler(failure)[name];
      return (format) => {
        calls.push([name, format]);
        setTimeout(() => success(window.__downloadFails
          ? { ok: false, code: "too-large", message: ${JSON.stringify(TOO_LARGE)} }
          : { ok: true, value: files[format] }), 30);
      };
    } });
  }
  window.google.script.run = runner(() => {}, () => {});
})();`;

const chromium = useSidebarBrowser();

/**
 * Served from an https origin, as Apps Script serves the sidebar (its iframe is same-origin with its
 * own blob: URLs). From a file:// page Chrome's blob: URLs are `blob:null/…` and it ignores the
 * `download` name of such a link, which would test the harness, not the sidebar.
 */
const ORIGIN = "https://sidebar.svodka.test";

async function open(asSchool = false): Promise<Page> {
  const page = await chromium.browser.newPage({
    viewport: { width: 300, height: 640 },
    deviceScaleFactor: 1,
  });
  const html = readFileSync(join(chromium.dist, "Sidebar.html"), "utf8");
  await page.route("**/*", (route) =>
    route.request().url() === `${ORIGIN}/`
      ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html })
      : route.abort(),
  );
  await page.addInitScript(SIDEBAR_STUB);
  await page.addInitScript(DOWNLOAD_STUB);
  if (asSchool) await page.addInitScript("window.__asSchool = true;");
  await page.goto(`${ORIGIN}/`);
  await page.getByRole("tab", { name: "Сводка" }).click();
  return page;
}

async function downloaded(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

describe("«Скачать Excel / CSV» in the sidebar (chromium)", () => {
  it("saves the summary XLSX under its Russian name; the saved file reads back as the workbook", async () => {
    const page = await open();
    const file = await downloaded(page, "Скачать Excel");
    expect(file.name).toBe(`${NAME}.xlsx`);
    expect(file.bytes).toEqual(FILES.xlsx);
    const sheets = await readXlsxFile(file.bytes.buffer as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual(["Сводка", "Замечания", "Группы"]);
    expect(sheets[0]!.data.slice(1).map((r) => r[1])).toEqual(["МБОУ СОШ №21", "МКОУ Ивановская ООШ"]);
    const calls = await page.evaluate(() =>
      (window as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === "downloadSummary"),
    );
    expect(calls).toEqual([["downloadSummary", "xlsx"]]);
    await page
      .getByText(`Скачивается файл «${NAME}.xlsx» (${Math.round(FILES.xlsx.length / 1024)} КБ).`)
      .waitFor();
    // the fallback: the same file behind a link the user can click
    const again = page.getByRole("link", { name: `Если загрузка не началась, нажмите: ${NAME}.xlsx` });
    expect(await again.getAttribute("download")).toBe(`${NAME}.xlsx`);
    expect(await page.getByRole("button", { name: "Скачать Excel" }).isEnabled()).toBe(true);
    await page.getByRole("button", { name: "Скачать Excel" }).scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `${SHOTS}/sidebar-summary-download.png`,
      fullPage: true,
      animations: "disabled",
    });
    // clicking the link saves the same bytes again
    const [second] = await Promise.all([page.waitForEvent("download"), again.click()]);
    expect(new Uint8Array(readFileSync(await second.path()))).toEqual(FILES.xlsx);
    await page.close();
  });

  it("saves the CSV with its BOM, byte for byte", async () => {
    const page = await open();
    const file = await downloaded(page, "Скачать CSV");
    expect(file.name).toBe(`${NAME}.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.bytes).toEqual(FILES.csv);
    await page.close();
  });

  it("a school (no organisation to manage) gets no download buttons", async () => {
    const page = await open(true);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === "loadCampaignForm"),
        ),
      )
      .toBe(true);
    await page.waitForTimeout(300);
    expect(await page.getByRole("button", { name: "Собрать сводку" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Скачать Excel" }).count()).toBe(0);
    await page.close();
  });

  it("shows the server's Russian refusal and starts no download", async () => {
    const page = await open();
    await page.evaluate(() => {
      (window as unknown as { __downloadFails: boolean }).__downloadFails = true;
    });
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "Скачать Excel" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "слишком большой" });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(TOO_LARGE);
    expect(await page.locator("a.download-link").count()).toBe(0);
    expect(downloads).toBe(0);
    await page.close();
  });
});
