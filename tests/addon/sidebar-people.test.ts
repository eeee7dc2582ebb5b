// «Участники организаций» and «API-токены» in the built Sidebar.html, headless chromium at 300 px:
// the department adds a member, is refused demoting itself (the worker's Russian reason shown), removes
// a member after confirming; creates a token (the secret shown once) and revokes one after confirming.

import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useSidebarBrowser } from "./sidebar-browser.ts";
import { PEOPLE_STUB } from "./sidebar-people-stub.ts";
import { SIDEBAR_STUB } from "./sidebar-stub.ts";

const chromium = useSidebarBrowser();

async function open(): Promise<Page> {
  const page = await chromium.browser.newPage({
    viewport: { width: 300, height: 640 },
    deviceScaleFactor: 1,
  });
  await page.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort(),
  );
  await page.addInitScript(SIDEBAR_STUB);
  await page.addInitScript(PEOPLE_STUB);
  await page.goto(`file://${join(chromium.dist, "Sidebar.html")}`);
  await page.getByRole("tab", { name: "Сводка" }).click();
  return page;
}

const peopleCalls = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __calls: unknown[][] }).__calls.filter((c) =>
      /Member|People|ApiToken/.test(String(c[0])),
    ),
  );

describe("people in the sidebar (chromium)", () => {
  it("a department adds a member, is told why it may not demote itself, removes a member after confirming", async () => {
    const page = await open();
    const toggle = page.locator("#members > summary");
    await toggle.waitFor();
    expect(await toggle.textContent()).toBe("Участники организаций");
    await toggle.click();
    const heading = page.locator("#members-list h4");
    await heading.waitFor();
    expect(await heading.textContent()).toBe("Участники «Управление образования г. Стрежевой»: 3");
    // the org choice: the managed org and its children
    expect(await page.locator("#mb-org option").allTextContents()).toEqual([
      "Управление образования г. Стрежевой",
      "— МБОУ СОШ № 1",
      "— МБОУ СОШ № 2",
    ]);
    expect(await page.locator('li.member[data-email="uo@example.org"] .email').textContent()).toBe(
      "uo@example.org (вы)",
    );

    await page.locator("#mb-email").fill("new.metodist@school.ru");
    await page.getByRole("button", { name: "Добавить участника" }).click();
    await page
      .getByText(
        "new.metodist@school.ru добавлен(а) в «Управление образования г. Стрежевой» с ролью «школа».",
      )
      .waitFor();
    await expect.poll(() => page.locator("li.member").count()).toBe(4);
    expect(await page.locator("#mb-email").inputValue()).toBe("");

    // demoting yourself: confirmation first, then the worker's refusal in Russian, the role unchanged
    const mine = page.getByRole("combobox", { name: "Роль участника uo@example.org" });
    await mine.selectOption("school");
    await page.getByText("Изменить роль uo@example.org: «управление» → «школа»?").waitFor();
    await page.getByRole("button", { name: "Изменить роль" }).click();
    const alert = page.locator("#members p.msg.error");
    await alert.waitFor();
    expect(await alert.getAttribute("role")).toBe("alert");
    expect(await alert.textContent()).toBe(
      "Нельзя понизить свою роль в организации «Управление образования г. Стрежевой»: это ваш последний доступ с такими правами, вернуть его сами вы уже не сможете. Попросите другого сотрудника управления или администратора.",
    );
    expect(await page.getByRole("combobox", { name: "Роль участника uo@example.org" }).inputValue()).toBe(
      "department",
    );
    await page.locator("#members").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/sidebar-members.png`, fullPage: true, animations: "disabled" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    // removing asks first; «Отмена» keeps the member
    await page.getByRole("button", { name: "Удалить: zeta@example.org" }).click();
    await page
      .getByText("Удалить zeta@example.org из «Управление образования г. Стрежевой»?", { exact: false })
      .waitFor();
    await page.getByRole("button", { name: "Отмена" }).click();
    await page.getByRole("button", { name: "Удалить: zeta@example.org" }).click();
    await page.getByRole("button", { name: "Да, удалить" }).click();
    await page.getByText("zeta@example.org удалён(а) из «Управление образования г. Стрежевой».").waitFor();
    await expect.poll(() => page.locator("li.member").count()).toBe(3);

    // another org: its members load on choosing it
    await page.locator("#mb-org").selectOption("s1");
    await page.getByText("Участники «МБОУ СОШ № 1»: 1").waitFor();

    expect(await peopleCalls(page)).toEqual([
      ["loadPeople"],
      ["listMembers", "uo"],
      ["addMember", "uo", "new.metodist@school.ru", "school"],
      ["changeMemberRole", "uo", "uo@example.org", "school"],
      ["removeMember", "uo", "zeta@example.org"],
      ["listMembers", "s1"],
    ]);
    await page.close();
  });

  it("creates an API token, shows the secret once with a copy hint, revokes another after confirming", async () => {
    const page = await open();
    const toggle = page.locator("#api-tokens > summary");
    await toggle.waitFor();
    expect(await toggle.textContent()).toBe("API-токены");
    await toggle.click();
    await page.locator("#tokens-list li.token").first().waitFor();
    expect(await page.locator("#tokens-help").textContent()).toContain(
      "только в пределах ваших ролей на момент создания: «Управление образования г. Стрежевой» — управление",
    );
    // a revoked token has no «Отозвать»
    expect(await page.locator('li.token[data-id="t-old"] button').count()).toBe(0);

    // the token may get only some of the user's organisations: all ticked at first
    const scope = page.getByRole("group", { name: "К каким организациям у токена будет доступ" });
    expect(await scope.getByRole("checkbox").count()).toBe(2);
    await scope.getByRole("checkbox", { name: "«МБОУ СОШ № 1» — школа" }).uncheck();
    await page.locator("#tk-label").fill("выгрузка сводки");
    await page.getByRole("button", { name: "Создать токен" }).click();
    const secret = page.locator("#token-secret");
    await secret.waitFor();
    expect(await secret.inputValue()).toBe("svk_Q2hlY2sgdGhhdCB0aGlzIGlzIHNob3duIG9uY2U");
    expect(await secret.getAttribute("readonly")).not.toBeNull();
    await page
      .getByText("Сводка показывает его только один раз и больше не покажет", { exact: false })
      .waitFor();
    await page.getByRole("button", { name: "Скопировать" }).click();
    // the file:// page may or may not get the clipboard: either way the user is told what to do
    await expect
      .poll(() => page.locator("#token-once p.hint").textContent())
      .toMatch(/^(Скопировано\.|Не скопировалось\? Выделите текст в поле и нажмите Ctrl\+C\.)$/);
    expect(await page.locator("li.token").count()).toBe(3);
    await page.locator("#api-tokens").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/sidebar-tokens.png`, fullPage: true, animations: "disabled" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.getByRole("button", { name: "Я сохранил(а) токен" }).click();
    await expect.poll(() => page.locator("#token-secret").count()).toBe(0);

    await page.getByRole("button", { name: "Отозвать: выгрузка в 1С" }).click();
    await page.getByText("Отозвать токен «выгрузка в 1С»?", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Да, отозвать" }).click();
    await page.getByText("Токен «выгрузка в 1С» отозван.").waitFor();
    expect(await page.locator('li.token[data-id="t-1c"]').getAttribute("class")).toBe("token revoked");

    // closing the section forgets a secret still on screen
    await page.locator("#tk-label").fill("ещё один");
    await page.getByRole("button", { name: "Создать токен" }).click();
    await page.locator("#token-secret").waitFor();
    await toggle.click();
    await expect.poll(() => page.locator("#token-secret").count()).toBe(0);

    expect(await peopleCalls(page)).toEqual([
      ["listApiTokens"],
      ["createApiToken", "выгрузка сводки", ["uo"]],
      ["revokeApiToken", "t-1c"],
      ["createApiToken", "ещё один", ["uo"]],
    ]);
    await page.close();
  });

  it("the campaign's time zone is a field of «Изменить кампанию» with Russia's zones suggested", async () => {
    const page = await open();
    await page.locator("#campaign-changes > summary").click();
    const zone = page.getByLabel("Часовой пояс (время в выгрузках)");
    await zone.waitFor();
    expect(await zone.inputValue()).toBe("Europe/Moscow");
    expect(
      await page
        .locator("#cc-tz-list option")
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toContain("Asia/Tomsk");
    await zone.fill("Asia/Tomsk");
    await page.getByRole("button", { name: "Сохранить изменения" }).click();
    await page.getByRole("status").filter({ hasText: "Изменения сохранены." }).waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "saveCampaignEdit")).toEqual([
      [
        "saveCampaignEdit",
        {
          name: "Дорожная карта ЦМН 2023-2024",
          dueDate: "2024-06-10",
          reportDate: "2024-05-31",
          timeZone: "Asia/Tomsk",
          reason: "",
        },
      ],
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });
});
