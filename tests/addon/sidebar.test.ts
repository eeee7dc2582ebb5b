// The built Sidebar.html in headless Debian chromium at the real sidebar width (300 px), with a
// stub google.script.run: a finding is clicked, keyboard navigation works, the summary progress
// shows while the server works. Screenshots go to docs/screenshots/.

import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useSidebarBrowser } from "./sidebar-browser.ts";
import { SIDEBAR_STUB } from "./sidebar-stub.ts";

const chromium = useSidebarBrowser();

async function open(locale = "ru-RU"): Promise<Page> {
  const page = await chromium.browser.newPage({
    viewport: { width: 300, height: 640 },
    deviceScaleFactor: 1,
    locale,
  });
  // Nothing leaves the machine: every request but the sidebar file itself is refused.
  await page.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort(),
  );
  await page.addInitScript(SIDEBAR_STUB);
  await page.goto(`file://${join(chromium.dist, "Sidebar.html")}`);
  await page.getByRole("tab", { name: "Проверка" }).waitFor();
  return page;
}

describe("sidebar in headless chromium", () => {
  it("shows findings by severity and selects a finding's cell on click", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByRole("heading", { name: /Ошибки \(2\)/ }).waitFor();
    await expect.poll(() => page.locator("button.finding").count()).toBe(4);
    await page.screenshot({ path: `${SHOTS}/sidebar-check.png`, fullPage: true, animations: "disabled" });
    await page.locator('button.finding[data-cell="D7"]').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls))
      .toContainEqual(["selectCell", "Дорожная карта", 7, "D"]);
    // fits the 300 px sidebar without horizontal scrolling
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  it("imports a school's Word file: mapping preview first, then the template sheet", async () => {
    const page = await open();
    await page.getByText("Импорт из файла").click();
    await page.getByLabel("Дорожная карта школы (.docx, .xlsx, .csv)").setInputFiles({
      name: "Карта СОШ 5.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from("PK\u0003\u0004 docx bytes"),
    });
    const create = page.getByRole("button", { name: "Создать лист по шаблону" });
    expect(await create.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Показать сопоставление" }).click();
    await page.getByText("C «Бюджет» → не переносится").waitFor();
    await page.getByText(/нет в шаблоне: добавлен в раздел/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __imported: unknown }).__imported)).toEqual({
      name: "Карта СОШ 5.docx",
      bytes: 15,
    });
    await create.click();
    await page.getByText("Создан лист «Карта СОШ 5 — импорт»").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "importFile").map((c) => c[3])).toEqual([false, true]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: `${SHOTS}/sidebar-import.png`, fullPage: true, animations: "disabled" });
    await page.close();
  });

  it("can be used with the keyboard alone", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Проверка" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Отправка" }).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Отправка");
    await page.keyboard.press("End");
    expect(await page.getByRole("tab", { name: "Настройки" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab"); // into the panel
    await page.keyboard.press("Tab"); // the «Вставить шаблон» disclosure
    await page.keyboard.press("Tab"); // «Проверить»
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /Ошибки/ }).waitFor();
    await page.close();
  });

  it("shows progress while the summary is collected, then the result", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Сводка" }).click();
    await page.getByRole("button", { name: "Собрать сводку" }).click();
    const progress = page.getByRole("status").filter({ has: page.getByRole("progressbar") });
    await progress.waitFor({ state: "visible" });
    expect(await page.getByRole("button", { name: "Собрать сводку" }).isDisabled()).toBe(true);
    await page.screenshot({
      path: `${SHOTS}/sidebar-summary-progress.png`,
      fullPage: true,
      animations: "disabled",
    });
    await page.evaluate(() => (window as unknown as { __finishSummary: () => void }).__finishSummary());
    await page.getByText("Школ: 22 · Сдали: 17").waitFor();
    expect(await progress.isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/sidebar-summary.png`, fullPage: true, animations: "disabled" });
    await page.close();
  });

  it("shows the receipt after sending and a Russian error with a retry button", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Отправка" }).click();
    await page.evaluate(() => {
      (window as unknown as { __failSubmit: boolean }).__failSubmit = true;
    });
    await page.getByText("Лист для отправки: «Дорожная карта»").waitFor();
    await page.getByRole("button", { name: "Отправить", exact: true }).click();
    // nothing is sent before the methodist confirms the named sheet
    await page
      .getByText("Отправить лист «Дорожная карта» в кампанию «Дорожная карта ЦМН 2023-2024»?")
      .waitFor();
    const sent = () =>
      page.evaluate(() =>
        (window as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === "submitSheet"),
      );
    expect(await sent()).toEqual([]);
    await page.getByRole("button", { name: "Да, отправить" }).click();
    await page.getByRole("alert").filter({ hasText: "недоступен" }).waitFor();
    await page.getByRole("button", { name: "Повторить отправку" }).click();
    await page.getByRole("button", { name: "Да, отправить" }).click();
    await page.getByRole("region", { name: "Квитанция" }).waitFor();
    // the confirmed sheet name goes with the request, so a switched sheet is not sent by mistake
    expect(await sent()).toEqual([
      ["submitSheet", "Дорожная карта"],
      ["submitSheet", "Дорожная карта"],
    ]);
    expect(await page.getByRole("region", { name: "Квитанция" }).textContent()).toContain("Версия3");
    await page.screenshot({ path: `${SHOTS}/sidebar-receipt.png`, fullPage: true, animations: "disabled" });
    await page.close();
  });

  it("warns before sending a sheet that is not the campaign's roadmap, and «Отмена» sends nothing", async () => {
    const page = await open();
    await page.evaluate(() => {
      (window as unknown as { __previewSheet: string }).__previewSheet = "Квитанции";
    });
    await page.getByRole("tab", { name: "Отправка" }).click();
    await page.getByRole("button", { name: "Отправить", exact: true }).click();
    const warning = page.getByRole("alert").filter({ hasText: "не похож на дорожную карту" });
    await warning.waitFor();
    expect(await warning.textContent()).toContain("Сервер его не примет");
    await page.getByText("Лист для отправки: «Квитанции»").waitFor();
    await page.screenshot({
      path: `${SHOTS}/sidebar-submit-wrong-sheet.png`,
      fullPage: true,
      animations: "disabled",
    });
    await page.getByRole("button", { name: "Отмена" }).click();
    await page.getByRole("button", { name: "Отправить", exact: true }).waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "submitSheet")).toEqual([]);
    await page.close();
  });

  it("the school sees the department's return with its comment and remarks above «Отправить»", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Отправка" }).click();
    const box = page.getByRole("region", { name: "Проверка управления" });
    await box.waitFor();
    expect(await box.textContent()).toContain("Проверка управления: возвращено на доработку");
    expect(await box.locator("li .text").allTextContents()).toEqual([
      "1.1: приложите приказ о внедрении",
      "2.3: укажите дату",
      "4.2: =нет отчёта — пункт не найден на листе",
    ]);
    await page.screenshot({
      path: `${SHOTS}/sidebar-review-school.png`,
      fullPage: true,
      animations: "disabled",
    });
    await page.close();
  });

  it("a department returns a report with a comment and per-item remarks", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Сводка" }).click();
    await page.locator("#review-queue > summary").click();
    await page
      .getByLabel("Школа", { exact: true })
      .selectOption({ label: "МБОУ СОШ № 1 — версия 2, на проверке" });
    await page.getByLabel("Комментарий для школы").fill("Нет ссылок на приказы");
    await page.getByLabel(/Замечания по пунктам/).fill("1.1: приложите приказ");
    await page.getByRole("button", { name: "Вернуть на доработку" }).click();
    await page.getByRole("status").filter({ hasText: "«МБОУ СОШ № 1»: возвращено на доработку." }).waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "reviewSchool")).toEqual([
      ["reviewSchool", "s1", 2, "returned", "Нет ссылок на приказы", "1.1: приложите приказ"],
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: `${SHOTS}/sidebar-review.png`, fullPage: true, animations: "disabled" });
    await page.close();
  });

  it("a department moves the due date with a reason and adds a school that joins late", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Сводка" }).click();
    await page.locator("#campaign-changes > summary").click();
    await page.getByRole("group", { name: /Участники \(2\)/ }).waitFor();
    await page.locator("#cc-due").fill("2024-06-20");
    await page.getByLabel("Причина (попадёт в историю)").fill("продление по приказу № 12");
    await page.getByRole("button", { name: "Сохранить изменения" }).click();
    await page.getByRole("status").filter({ hasText: "Изменения сохранены." }).waitFor();
    const calls = () => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect((await calls()).filter((c) => c[0] === "saveCampaignEdit")).toEqual([
      [
        "saveCampaignEdit",
        {
          name: "Дорожная карта ЦМН 2023-2024",
          dueDate: "2024-06-20",
          reportDate: "2024-05-31",
          timeZone: "Europe/Moscow",
          reason: "продление по приказу № 12",
        },
      ],
    ]);
    await page.getByLabel("Добавить школу").selectOption("s3");
    await page.getByRole("button", { name: "Добавить", exact: true }).click();
    await page.getByRole("group", { name: /Участники \(3\)/ }).waitFor();
    const history = page.getByRole("region", { name: "История изменений" });
    expect(await history.locator("li").allTextContents()).toEqual([
      "01.05.2024 12:00 · uo@example.org: кампания открыта",
      "20.05.2024 11:00 · uo@example.org: срок сдачи 10.06.2024 → 20.06.2024 (продление по приказу № 12)",
      "20.05.2024 11:05 · uo@example.org: добавлены участники: «МКОУ Ивановская ООШ»",
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({
      path: `${SHOTS}/sidebar-campaign-changes.png`,
      fullPage: true,
      animations: "disabled",
    });
    await page.close();
  });

  it("a department opens a campaign from «Сводка» with the keyboard alone", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Проверка" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Сводка" }).getAttribute("aria-selected")).toBe("true");
    const toggle = page.locator("#new-campaign > summary");
    await toggle.waitFor();
    await toggle.focus();
    await page.keyboard.press("Enter");
    const name = page.getByLabel("Название");
    await name.waitFor();
    // the name follows the template and the current school year…
    expect(await name.inputValue()).toBe("Дорожная карта школы, 2024-2025 учебный год");
    // …and the previous school year, chosen with an arrow key, fills both dates
    await page.getByLabel("Период дорожной карты").focus();
    await page.keyboard.press("ArrowUp");
    expect(await name.inputValue()).toBe("Дорожная карта школы, 2023-2024 учебный год");
    expect(await page.getByLabel("Начало").inputValue()).toBe("2023-09-01");
    expect(await page.getByLabel("Окончание").inputValue()).toBe("2024-08-31");
    expect(await page.getByLabel("Отчётная дата").inputValue()).toBe("2024-05-20");
    // one school is left out
    await page.getByLabel("МКОУ Ивановская ООШ").focus();
    await page.keyboard.press("Space");
    expect(await page.getByLabel(/Все школы организации \(3\)/).isChecked()).toBe(false);

    // sent without a due date: the message is under the field, which gets the focus
    await page.getByRole("button", { name: "Открыть кампанию" }).focus();
    await page.keyboard.press("Enter");
    const dueError = page.locator("#err-dueDate");
    await dueError.waitFor();
    expect(await dueError.textContent()).toBe("Укажите дату.");
    const due = page.getByLabel("Срок сдачи");
    expect(await due.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("nc-due");
    // typed digit by digit into the native date field (shown ДД.ММ.ГГГГ: the browser runs in Russian);
    // day = month, so the field's segment order does not matter to the keystrokes
    await page.keyboard.type("06062024");
    expect(await due.inputValue()).toBe("2024-06-06");
    expect(await dueError.isHidden()).toBe(true);
    await page.screenshot({
      path: `${SHOTS}/sidebar-new-campaign.png`,
      fullPage: true,
      animations: "disabled",
    });
    // fits the 300 px sidebar without horizontal scrolling
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    await page.keyboard.press("Enter");
    await page
      .getByText("Кампания «Дорожная карта школы, 2023-2024 учебный год» открыта: школ — 2.", {
        exact: false,
      })
      .waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    const created = calls.filter((c) => c[0] === "createCampaign").map((c) => c[1]);
    expect(created).toHaveLength(2);
    expect(created[1]).toEqual({
      orgId: "uo",
      name: "Дорожная карта школы, 2023-2024 учебный год",
      templateId: "school-roadmap",
      templateVersion: 1,
      periodStart: "2023-09-01",
      periodEnd: "2024-08-31",
      reportDate: "2024-05-20",
      dueDate: "2024-06-06",
      participants: ["s1", "s2"],
    });
    // the sidebar was rebuilt on «Сводка» around the new campaign, and «Настройки» lists it
    expect(await page.locator("#campaign-line").textContent()).toContain("2023-2024 учебный год");
    expect(await page.locator("#campaign option").allTextContents()).toEqual([
      "Дорожная карта ЦМН 2023-2024 (до 2024-06-10)",
      "Дорожная карта школы, 2023-2024 учебный год (до 2024-06-06)",
    ]);
    expect(await page.locator("#campaign").inputValue()).toBe("c-new");
    await page.close();
  });

  it("a department loads the sheet «Школы» into a preview, jumps to a problem row and applies", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Сводка" }).click();
    const toggle = page.locator("#schools > summary");
    await toggle.waitFor();
    expect(await toggle.textContent()).toBe("Школы и участники");
    await toggle.click();
    // the help says the sheet never deletes anything
    await page.getByText("ничего не удаляет", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Открыть лист школ" }).click();
    await page.getByText("Создан лист «Школы»: строк — 3.").waitFor();
    await page.getByRole("button", { name: "Загрузить школы" }).click();
    const counts = page.locator("#schools-counts");
    await counts.waitFor();
    expect(await counts.textContent()).toBe(
      "будут созданы: 2 школы, добавлены: 5 участников, без изменений: 3",
    );
    await expect.poll(() => page.locator("#schools button.finding").count()).toBe(3);
    await page.locator("#schools").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/sidebar-schools.png`, fullPage: true, animations: "disabled" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.locator('#schools button.finding[data-cell="C9"]').click();
    await page.getByRole("button", { name: "Применить" }).click();
    await page.getByText("Готово: создано школ — 2, добавлено участников — 5", { exact: false }).waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => String(c[0]).includes("chool") || c[0] === "selectCell")).toEqual([
      ["openSchoolsSheet", "uo"],
      ["loadSchools", "uo"],
      ["selectCell", "Школы", 9, "C"],
      ["applySchools", "uo", "plan-1"],
    ]);
    await page.close();
  });

  it("closes the campaign only after the confirmation", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Сводка" }).click();
    const close = page.getByRole("button", { name: "Закрыть кампанию" });
    await close.focus();
    await page.keyboard.press("Enter");
    const confirm = page
      .getByRole("group")
      .filter({ hasText: "Закрыть кампанию «Дорожная карта ЦМН 2023-2024»?" });
    await confirm.waitFor();
    // the safe choice has the focus: Enter cancels
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Отмена");
    await page.keyboard.press("Enter");
    await close.focus();
    await page.keyboard.press("Enter");
    // the reason (optional) goes to the campaign's history
    await page.getByLabel("Причина (необязательно, попадёт в историю)").fill("приём отчётов завершён");
    await page.getByRole("button", { name: "Да, закрыть" }).click();
    await page.getByText("Кампания «Дорожная карта ЦМН 2023-2024» закрыта.").waitFor();
    await page.getByText("(закрыта)").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "closeCampaign")).toEqual([
      ["closeCampaign", "c-2024", true, "приём отчётов завершён"],
    ]);
    expect(await page.getByRole("button", { name: "Закрыть кампанию" }).count()).toBe(0);
    await page.close();
  });

  it("a methodist joins with the code on «Настройки» and inserts the template in one click (issue 10)", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Настройки" }).click();
    const code = page.getByLabel("Код приглашения");
    await code.fill("KP7M-4XQ3");
    await page.getByRole("button", { name: "Подключиться", exact: true }).click();
    await page.getByText(/^Код или ссылка приглашения не найдены/).waitFor();
    await code.fill(" kp7m-4xq2 ");
    await page.getByRole("button", { name: "Подключиться", exact: true }).click();
    await page.getByText(/^Готово: таблица подключена к школе «МОУ СОШ № 21»/).waitFor();
    await page.screenshot({ path: `${SHOTS}/sidebar-join.png`, fullPage: true, animations: "disabled" });
    await page.getByRole("button", { name: "Вставить шаблон отчёта" }).click();
    await page.getByRole("tab", { name: "Проверка", selected: true }).waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "joinWithCode" || c[0] === "insertTemplate")).toEqual([
      ["joinWithCode", "KP7M-4XQ3"],
      ["joinWithCode", " kp7m-4xq2 "],
      ["insertTemplate", "school-roadmap", ""],
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  it("a department lists the campaign's invitations and revokes one after the confirmation (issue 10)", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Сводка" }).click();
    await page.getByRole("button", { name: "Показать приглашения" }).click();
    const school5 = page.locator("li.invitation").filter({ hasText: "СОШ № 5" });
    await school5.getByText("действует · до 01.07.2024 · использований: 0").waitFor();
    await page.getByText("использовано · до 01.07.2024 · использований: 1").waitFor();
    await page.getByText("отозвано · до 01.07.2024").waitFor();
    await page.getByText("истекло · до 01.05.2024").waitFor();
    // «Отозвать» only for the live ones
    expect(await page.getByRole("button", { name: /^Отозвать: / }).count()).toBe(2);
    // the safe choice has the focus: Enter cancels and nothing is revoked
    await page.getByRole("button", { name: "Отозвать: СОШ № 5" }).click();
    await page.getByRole("group").filter({ hasText: "Отозвать приглашение школы «СОШ № 5»?" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Отмена");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Отозвать: СОШ № 5" }).click();
    await page.screenshot({
      path: `${SHOTS}/sidebar-invitations.png`,
      fullPage: true,
      animations: "disabled",
    });
    await page.getByRole("button", { name: "Да, отозвать" }).click();
    await page.getByText("Приглашение школы «СОШ № 5» отозвано.").waitFor();
    await school5.getByText("отозвано · до 01.07.2024").waitFor();
    expect(await page.getByRole("button", { name: /^Отозвать: / }).count()).toBe(1);
    // the worker's Russian error, as it is
    await page.evaluate(() => {
      (window as unknown as { __revokeFails: boolean }).__revokeFails = true;
    });
    await page.getByRole("button", { name: "Отозвать: МОУ СОШ № 21" }).click();
    await page.getByRole("button", { name: "Да, отозвать" }).click();
    await page.getByText("Приглашение не найдено.").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "listInvitations" || c[0] === "revokeInvitation")).toEqual([
      ["listInvitations"],
      ["revokeInvitation", "i3"],
      ["revokeInvitation", "i2"],
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    // an empty campaign says so in Russian
    await page.evaluate(() => {
      (window as unknown as { __invitations: unknown[] }).__invitations = [];
    });
    await page.getByRole("button", { name: "Показать приглашения" }).click();
    await page.getByText("Приглашений по этой кампании пока нет.", { exact: false }).waitFor();
    await page.close();
  });
});

// --- remarks: the department's item remarks in the school's «Отправка», clickable to the row ---
const remarkCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls.map((c) => [...c]));

describe("sidebar: the department's remarks on the roadmap", () => {
  it("a remark selects its item's cell; one not on the sheet says so; the rows can be shown and cleared", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Отправка" }).click();
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
    await expect.poll(() => remarkCalls(page)).toContainEqual(["selectCell", "Дорожная карта", 12, "A"]);

    await box.getByRole("button", { name: "Показать замечания на листе" }).click();
    await box.getByText("Подсвечено строк с замечаниями: 2 на листе «Дорожная карта».").waitFor();
    await page.screenshot({
      path: `${SHOTS}/sidebar-review-remarks.png`,
      fullPage: true,
      animations: "disabled",
    });
    await box.getByRole("button", { name: "Снять подсветку" }).click();
    await box.getByText("Восстановлено ячеек: 18").waitFor();
    const made = (await remarkCalls(page)).map((c) => c[0]);
    expect(made.filter((n) => n === "highlightMyRemarks" || n === "clearSheetHighlight")).toEqual([
      "highlightMyRemarks",
      "clearSheetHighlight",
    ]);
    await page.close();
  });
});
