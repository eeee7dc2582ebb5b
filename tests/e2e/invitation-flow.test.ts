// The first day, end to end, from nothing but an invitation: the real worker under `wrangler dev`,
// the bundled add-on (built with the worker's address, as the department deploys it) in node:vm, and
// the invitation page in headless chromium. The department invites two schools from its sheet
// «Школы»; school 1's methodist — unknown to the worker until then — joins with the code from the
// menu and submits; school 2 uploads an .xlsx on the invitation page; both are in the summary; a used
// code, a revoked code and a reused link are refused with a Russian reason.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { getTemplate } from "../../shared/templates/registry.ts";
import { renderTemplate } from "../../shared/templates/render.ts";
import { launchChromium } from "../support/chromium.ts";
import { apiCall } from "./support/api-call.ts";
import { type Connected, connectedAddon, PUBLIC_URL } from "./support/connected-addon.ts";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.ts";
import type { LocalWorker } from "./support/local-worker.ts";
import type { SyncHttp } from "./support/sync-http.ts";
import type { TestGoogle } from "./support/test-google.ts";

const SHOTS = "docs/screenshots";
const TEMPLATE = getTemplate("school-roadmap")!;
const PERIOD = { start: "2023-09-01", end: "2024-08-31" };
const PROOF = "https://school.example.ru/nastavnichestvo/prikaz.pdf";
const EMAIL = {
  admin: "admin@e2e.test",
  dept: "uo@e2e.test",
  methodist: "new.methodist@gmail.test",
  stranger: "stranger@gmail.test",
};

let google: TestGoogle;
let worker: LocalWorker;
let http: SyncHttp;
let world: E2eWorld;
let browser: Browser;
let dist: string;
let campaignId: string;
let uo: Connected;
const invitations: Record<string, { code: string; link: string }> = {};

/** A direct API call that must succeed; its JSON. */
async function api(email: string, method: string, path: string, body?: unknown) {
  const reply = await apiCall(worker.url, google, email, method, path, body);
  expect(reply.status, reply.text).toBeLessThan(300);
  return reply.json();
}

async function addon(email: string): Promise<Connected> {
  return connectedAddon(dist, { workerUrl: worker.url, http, email, token: await google.token(email) });
}

/** The school-roadmap template as a school fills it in Excel: every item done with a proof link. */
async function filledXlsx(): Promise<Buffer> {
  const rendered = renderTemplate(TEMPLATE, PERIOD);
  const grid = rendered.grid.map((row) => row.map((c) => (c === null ? null : c)));
  for (const r of rendered.itemRows) {
    const row = grid[r - 1]!;
    row[rendered.roles.indexOf("status")] = "выполнено";
    row[rendered.roles.indexOf("proof")] = PROOF;
  }
  return writeXlsxFile(grid as never).toBuffer();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The add-on as the department deploys it: the worker's address built in.
  world = await startE2eWorld({ adminEmail: EMAIL.admin, publicUrl: PUBLIC_URL });
  ({ dist, google, worker, http } = world);
  browser = await launchChromium();
  await api(EMAIL.admin, "POST", "/api/v1/orgs", {
    parentId: "tomsk",
    id: "uo",
    name: "УО г. Стрежевой",
    kind: "municipality",
  });
  await api(EMAIL.admin, "POST", "/api/v1/orgs/uo/members", { email: EMAIL.dept, role: "department" });
  for (const [id, name] of [
    ["s1", "МБОУ СОШ № 1"],
    ["s2", "МКОУ Ивановская ООШ"],
  ]) {
    await api(EMAIL.dept, "POST", "/api/v1/orgs", { parentId: "uo", id, name, kind: "school" });
  }
  campaignId = (
    await api(EMAIL.dept, "POST", "/api/v1/campaigns", {
      orgId: "uo",
      name: "Наставничество, отчёт за 2023-2024 уч. г.",
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      period: PERIOD,
      reportDate: "2024-05-31",
      dueDate: "2099-06-10",
    })
  ).id;
  uo = await addon(EMAIL.dept);
  uo.book.addSheet("Лист1");
  // the department chooses its campaign; it never typed the server's address
  expect(uo.call("saveSettings", uo.call("getState").value.workerUrl, campaignId).ok).toBe(true);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

describe("the first day, from an invitation", () => {
  it("the department invites both schools of its sheet «Школы» and gets codes, links and letters", () => {
    uo.book.addSheet("Школы", [
      ["Школа", "Код (необязательно)", "Email методиста", "Роль", "Результат"],
      ["МБОУ СОШ № 1", "", EMAIL.methodist, "", ""],
      ["МКОУ Ивановская ООШ", "", "", "", ""],
    ]);
    const r = uo.call("inviteSchools");
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toMatchObject({ created: 2, skipped: 0 });
    const rows = uo.book.sheet("Приглашения").dump();
    for (const row of rows.slice(1)) {
      const orgId = row[0] === "МБОУ СОШ № 1" ? "s1" : "s2";
      invitations[orgId] = { code: String(row[2]), link: String(row[3]) };
      expect(String(row[5])).toContain(String(row[2]));
    }
    expect(invitations["s1"]!.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(invitations["s2"]!.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/i\/[\w-]{32}$/);
    // one letter within the quota; the school without an address is left for the department's own mail
    const mailed = uo.call("mailInvitations");
    expect(mailed.value).toMatchObject({ sent: 1, left: 0 });
    expect(uo.mail.sent[0]!.to).toBe(EMAIL.methodist);
  });

  it("school 1: a methodist nobody registered joins with the code from the menu and submits", async () => {
    const school = await addon(EMAIL.methodist);
    school.book.addSheet("Лист1");
    school.run("onOpen", { authMode: "NONE" });
    school.ui.promptAnswers.push({ button: "OK", text: invitations["s1"]!.code.toLowerCase() });
    school.ui.answers.push("YES");
    school.run("menuJoin");
    expect(school.ui.alerts[0]).toContain("МБОУ СОШ № 1");
    expect(school.ui.alerts[1]).toMatch(/^Шаблон вставлен на лист/);
    const sheet = school.book.activeSheet!;
    const values = sheet.dump();
    const header = values[1]!.map(String);
    const status = header.indexOf("Статус");
    const proof = header.indexOf("Подтверждение");
    const codes = new Set(TEMPLATE.items.map((i) => i.code));
    values.forEach((row, i) => {
      if (i > 1 && codes.has(String(row[0]).replace(/\.$/, ""))) {
        sheet.getRange(i + 1, status + 1).setValue("выполнено");
        sheet.getRange(i + 1, proof + 1).setValue(PROOF);
      }
    });
    school.run("menuSubmit");
    expect(school.book.toasts.at(-1)).toMatch(/^Отчёт отправлен: версия 1, .*Ошибок: 0/);
  });

  it("school 2: the invitation page in chromium on a phone — upload, findings, confirmation", async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      locale: "ru-RU",
    });
    await page.goto(invitations["s2"]!.link);
    await page.getByRole("heading", { name: "Приглашение в «Сводку»" }).waitFor();
    expect(await page.locator("#code").textContent()).toBe(invitations["s2"]!.code);
    expect(await page.textContent("body")).toContain("10 июня 2099");
    await page.setInputFiles("#file", {
      name: "дорожная карта.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await filledXlsx(),
    });
    await page.getByRole("button", { name: "Проверить файл" }).click();
    await page.getByText(/^Ошибок: 0, предупреждений: \d+\.$/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/invitation-page.png`, fullPage: true, animations: "disabled" });
    await page.getByRole("button", { name: "Отправить отчёт" }).click();
    await page.getByText(/^Отчёт принят: версия 1/).waitFor();
    await page.close();
  });

  it("both schools are in the department's summary, school 2 marked as sent via its link", async () => {
    uo.run("menuSummary");
    expect(uo.book.toasts.at(-1)).toBe("Сводка собрана: 2 школы, сдали 2, не сдали 0.");
    const summary = await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/summary`);
    expect(summary.orgs.map((o: { orgId: string; status: string }) => [o.orgId, o.status]).sort()).toEqual([
      ["s1", "submitted"],
      ["s2", "submitted"],
    ]);
    const history = await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/orgs/s2/submissions`);
    const detail = await api(EMAIL.dept, "GET", `/api/v1/submissions/${history.versions[0].submissionId}`);
    expect(detail.submittedBy).toMatch(/^invitation:/);
  });

  it("a used code, a revoked code and a reused link are refused with a Russian reason", async () => {
    const stranger = await addon(EMAIL.stranger);
    stranger.book.addSheet("Лист1");
    expect(stranger.call("joinWithCode", invitations["s1"]!.code)).toMatchObject({
      ok: false,
      code: "invitation-used",
      message: expect.stringMatching(/уже использовано/),
    });
    // the department re-invites school 2: its first invitation is revoked
    const again = await api(EMAIL.dept, "POST", `/api/v1/campaigns/${campaignId}/invitations`, {
      schools: [{ orgId: "s2" }],
    });
    expect(stranger.call("joinWithCode", invitations["s2"]!.code)).toMatchObject({
      ok: false,
      code: "invitation-revoked",
      message: expect.stringMatching(/отозвано/),
    });
    // the new link was already... unused; the old one is refused on its page
    const page = await browser.newPage();
    const res = await page.goto(invitations["s2"]!.link);
    expect(res?.status()).toBe(410);
    expect(await page.textContent("body")).toMatch(/отозвано/);
    await page.close();
    // the new link uploads once; a second upload through it is refused
    const link = again.invitations[0].link as string;
    const body = new Uint8Array(await filledXlsx());
    const first = await fetch(`${link}/submit?submissionId=${crypto.randomUUID()}`, { method: "POST", body });
    expect(first.status).toBe(201);
    const reused = await fetch(`${link}/submit?submissionId=${crypto.randomUUID()}`, {
      method: "POST",
      body,
    });
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { detail: string }).detail).toMatch(/уже использовано/);
  });
});
