// End to end on one machine: the real worker under `wrangler dev` (local D1 on disk, migrations
// applied from empty), a test Google key set it trusts, and the BUNDLED add-on in node:vm whose
// UrlFetchApp makes real, blocking HTTP requests. A department creates its three schools and their
// methodists from the sheet «Школы» («Школы и участники», applied twice: the second time changes
// nothing), opens a campaign for them from the add-on's «Новая кампания»; two schools insert the template, fill it (one with defects),
// check, submit (one resubmits, once through a lost response); the department clicks «Собрать сводку»
// and the summary is read row by row, and finally closes the campaign from the add-on.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTemplate } from "../../shared/templates/registry.ts";
import { parseCsv } from "../hostile/support/csv.ts";
import { EVIL, UNSAFE_START } from "../hostile/support/evil.ts";
import { watchRawWrites } from "../hostile/support/raw-writes.ts";
import { apiCall } from "./support/api-call.ts";
import { type Connected, connectedAddon, PUBLIC_URL } from "./support/connected-addon.ts";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.ts";
import type { LocalWorker } from "./support/local-worker.ts";
import { fillItem, rowOf } from "./support/roadmap-sheet.ts";
import type { SyncHttp } from "./support/sync-http.ts";
import type { TestGoogle } from "./support/test-google.ts";

const TEMPLATE = getTemplate("school-roadmap")!;
const REQUIRED = TEMPLATE.items.filter((i) => i.required).length;
const EMAIL = {
  admin: "admin@e2e.test",
  dept: "uo-specialist@e2e.test",
  s1: "metodist1@e2e.test",
  s2: "metodist2@e2e.test",
  s3: "metodist3@e2e.test",
};
const SCHOOLS = [
  { id: "s1", name: "МБОУ СОШ № 1" },
  { id: "s2", name: "МБОУ СОШ № 2" },
  { id: "s3", name: "МКОУ Ивановская ООШ" },
];

let google: TestGoogle;
let worker: LocalWorker;
let http: SyncHttp;
let world: E2eWorld;
let dist: string;
let campaignId: string;

/** A direct API call (what an admin script does), for the set-up and the cross-checks. */
function api(email: string, method: string, path: string, body?: unknown) {
  return apiCall(worker.url, google, email, method, path, body);
}

async function expectCreated(p: Promise<{ status: number; text: string }>) {
  const r = await p;
  expect(r.status, r.text).toBe(201);
}

beforeAll(async () => {
  world = await startE2eWorld({ adminEmail: EMAIL.admin });
  ({ dist, google, worker, http } = world);
  // The admin builds the tree and the memberships through the API.
  await expectCreated(
    api(EMAIL.admin, "POST", "/api/v1/orgs", {
      parentId: "tomsk",
      id: "uo",
      name: "Управление образования г. Стрежевой",
      kind: "municipality",
    }),
  );
  await expectCreated(
    api(EMAIL.admin, "POST", "/api/v1/orgs/uo/members", { email: EMAIL.dept, role: "department" }),
  );
  // The department adds its schools and their methodists from its own spreadsheet: the add-on's
  // «Школы и участники» (sheet «Школы», preview, apply), not the raw API.
  const uo = connectedAddon(dist, {
    workerUrl: worker.url,
    http,
    email: EMAIL.dept,
    token: await google.token(EMAIL.dept),
  });
  uo.book.addSheet("Лист1");
  expect(uo.call("saveSettings", PUBLIC_URL, "").ok).toBe(true);
  const sheetOpened = uo.call("openSchoolsSheet", "uo");
  expect(sheetOpened.ok, sheetOpened.message).toBe(true);
  expect(sheetOpened.value).toEqual({ sheetName: "Школы", created: true, rows: 0 });
  const schoolsSheet = uo.book.sheet("Школы");
  schoolsSheet.load([
    [],
    ...SCHOOLS.map((s, i) => [s.name, s.id, [EMAIL.s1, EMAIL.s2, EMAIL.s3][i]!, "школа"]),
  ]);
  const preview = uo.call("loadSchools", "uo");
  expect(preview.ok, preview.message).toBe(true);
  expect(preview.value).toMatchObject({ schools: 3, members: 3, unchanged: 0, problems: [] });
  const applied = uo.call("applySchools", "uo", preview.value.planId);
  expect(applied.ok, applied.message).toBe(true);
  expect(applied.value).toMatchObject({ schools: 3, members: 3, failed: 0 });
  expect(schoolsSheet.dump().map((r) => r[4])).toEqual([
    "Результат",
    ...SCHOOLS.map(() => "школа создана, участник добавлен"),
  ]);
  // applying again changes nothing on the worker
  const again = uo.call("loadSchools", "uo");
  expect(again.value).toMatchObject({ schools: 0, members: 0, unchanged: 3 });
  const before = uo.traffic.filter((t) => t.method === "post").length;
  expect(uo.call("applySchools", "uo", again.value.planId).ok).toBe(true);
  expect(uo.traffic.filter((t) => t.method === "post").length).toBe(before);
  for (const [i, s] of SCHOOLS.entries()) {
    const members = await api(EMAIL.dept, "GET", `/api/v1/orgs/${s.id}/members`);
    expect(members.json().members).toEqual([
      { orgId: s.id, email: [EMAIL.s1, EMAIL.s2, EMAIL.s3][i], role: "school" },
    ]);
  }
  uo.traffic.length = 0;
  // The department opens the campaign for its three schools in its own spreadsheet, through the
  // add-on's «Новая кампания» (the form offers its organisation with the schools, all ticked).
  const form = uo.call("loadCampaignForm");
  expect(form.ok, form.message).toBe(true);
  expect(form.value.orgs).toEqual([
    { id: "uo", name: "Управление образования г. Стрежевой", schools: SCHOOLS, otherChildren: 0 },
  ]);
  const template = form.value.templates.find((t: { id: string }) => t.id === TEMPLATE.id);
  expect(template).toMatchObject({ version: TEMPLATE.version });
  const opened = uo.call("createCampaign", {
    orgId: "uo",
    name: "Наставничество педагогов, отчёт за 2023-2024 уч. г.",
    templateId: template.id,
    templateVersion: template.version,
    periodStart: "2023-09-01",
    periodEnd: "2024-08-31",
    reportDate: "2024-05-31",
    dueDate: "2099-06-10",
    participants: null,
  });
  expect(opened.ok, opened.message).toBe(true);
  const post = uo.traffic.find((t) => t.method === "post")!;
  expect(post.status, post.path).toBe(201);
  expect(opened.value.participants).toBe(SCHOOLS.length);
  campaignId = opened.value.campaign.id;
  // the new campaign is now the department document's campaign
  expect(uo.call("getState").value.campaign).toMatchObject({ id: campaignId, templateId: TEMPLATE.id });
  const stored = (await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}`)).json();
  expect(stored.participants).toEqual(SCHOOLS.map((s) => s.id));
});

afterAll(async () => {
  await world?.stop();
});

async function addonFor(email: string): Promise<Connected> {
  const env = connectedAddon(dist, { workerUrl: worker.url, http, email, token: await google.token(email) });
  env.book.addSheet("Лист1");
  const saved = env.call("saveSettings", PUBLIC_URL, campaignId);
  expect(saved.ok, saved.message).toBe(true);
  return env;
}

const PROOF = "https://school.example.ru/nastavnichestvo/prikaz.pdf";
const DONE = { Статус: "выполнено", Подтверждение: PROOF };
const receipts: Record<
  string,
  { version: number; receivedAtText: string; status: string; submissionId: string }[]
> = { s1: [], s2: [] };

describe("a department and its schools, end to end", () => {
  it("school 1 inserts the template, fills it (with formula-looking notes), checks: no errors, submits", async () => {
    const env = await addonFor(EMAIL.s1);
    const inserted = env.call("insertTemplate", TEMPLATE.id, "2023-2024 учебный год");
    expect(inserted.ok, inserted.message).toBe(true);
    const sheet = env.book.sheet(inserted.value.sheetName);
    for (const code of ["1", "2", "3", "4", "5"]) fillItem(sheet, code, DONE);
    fillItem(sheet, "6", { Статус: "в работе" });
    fillItem(sheet, "7", { Статус: "в работе" });
    // text a school might type that must never run in the department's spreadsheet. Typed with an
    // apostrophe, so the school's cell holds the text itself (typed bare, Sheets would make it a
    // formula or a number in the school's own sheet and only its result would travel).
    const asTyped = (text: string) => `'${text}`;
    fillItem(sheet, "1", { Комментарий: asTyped(EVIL[0]) });
    fillItem(sheet, "2", { Комментарий: asTyped(EVIL[1]), Факт: EVIL[2] });
    fillItem(sheet, "3", { Комментарий: asTyped(EVIL[3]) });

    const checked = env.call("validateSheet");
    expect(checked.ok, checked.message).toBe(true);
    expect(checked.value.counts.error).toBe(0);
    expect(checked.value.completion).toMatchObject({ required: REQUIRED, done: 5 });
    const overdue = checked.value.groups.flatMap((g: { findings: { code: string; row: number }[] }) =>
      g.findings.filter((f) => f.code === "overdue"),
    );
    expect(overdue.map((f: { row: number }) => f.row).sort()).toEqual(
      [rowOf(sheet, "6"), rowOf(sheet, "8")].sort(),
    );

    const sent = env.call("submitSheet");
    expect(sent.ok, sent.message).toBe(true);
    expect(sent.value).toMatchObject({ version: 1, status: "submitted", statusText: "принят" });
    receipts["s1"]!.push(sent.value);
    // the receipt log in the school's own document
    expect(env.book.sheet("Квитанции").dump()[1]).toContain(sent.value.submissionId);
    expect(env.traffic.every((t) => t.status < 500)).toBe(true);
  });

  it("school 2 fills it with defects: the check lists them, the submission is kept as a draft", async () => {
    const env = await addonFor(EMAIL.s2);
    const inserted = env.call("insertTemplate", TEMPLATE.id, "2023-2024 учебный год");
    const sheet = env.book.sheet(inserted.value.sheetName);
    fillItem(sheet, "1", { Статус: "сделано" }); // not in the list
    fillItem(sheet, "2", { Статус: "выполнено", Подтверждение: "папка на диске" }); // not a link
    const row3 = rowOf(sheet, "3");
    sheet.getRange(row3, 1, 1, TEMPLATE.columns.length).clearContent(); // a required item wiped out

    const checked = env.call("validateSheet");
    expect(checked.ok).toBe(true);
    const codes = checked.value.groups.flatMap((g: { findings: { code: string }[] }) =>
      g.findings.map((f) => f.code),
    );
    expect(codes).toEqual(expect.arrayContaining(["bad-status", "bad-url", "missing-item"]));
    expect(checked.value.counts.error).toBeGreaterThan(0);
    // «Подсветить» marks the cells, «Снять подсветку» restores them
    expect(env.call("highlightSheet").value.cells).toBeGreaterThan(0);
    expect(env.call("clearSheetHighlight").ok).toBe(true);

    const sent = env.call("submitSheet");
    expect(sent.ok, sent.message).toBe(true);
    expect(sent.value).toMatchObject({ version: 1, status: "draft" });
    receipts["s2"]!.push(sent.value);

    // resubmission: status and link fixed, item 3 still missing; the first answer is lost on the way
    fillItem(sheet, "1", DONE);
    fillItem(sheet, "2", DONE);
    for (const code of ["4", "5", "6", "7", "8", "9"]) fillItem(sheet, code, { Статус: "в работе" });
    let dropOne = true;
    const bridge = (env.urlFetch as unknown as { handler: (r: unknown) => unknown }).handler;
    env.urlFetch.respond((req) => {
      const reply = bridge(req) as { status: number };
      if (dropOne && req.method === "post") {
        dropOne = false; // the worker stored it; the answer never reached Apps Script
        return { throws: "Timeout" };
      }
      return reply as never;
    });
    const lost = env.call("submitSheet");
    expect(lost).toMatchObject({ ok: false, code: "unreachable" });
    const pending = env.call("getState").value.pendingSubmission;
    expect(pending).toBeTruthy();
    const retry = env.call("submitSheet");
    expect(retry.ok, retry.message).toBe(true);
    expect(retry.value.submissionId).toBe(pending);
    expect(retry.value).toMatchObject({ version: 2, status: "draft" });
    receipts["s2"]!.push(retry.value);
    expect(env.traffic.filter((t) => t.method === "post").map((t) => t.status)).toEqual([201, 201, 200]);
  });

  it("the worker kept every version exactly once and diffs them", async () => {
    const h1 = (await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/orgs/s1/submissions`)).json();
    const h2 = (await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/orgs/s2/submissions`)).json();
    const h3 = (await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/orgs/s3/submissions`)).json();
    expect(h1.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(h2.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, "draft"],
      [2, "draft"],
    ]);
    expect(h2.versions.map((v: { submissionId: string }) => v.submissionId)).toEqual(
      receipts["s2"]!.map((r) => r.submissionId),
    );
    expect(h3.versions).toEqual([]);
    const diff = (
      await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/orgs/s2/diff?from=1&to=2`)
    ).json();
    const changed = diff.changed.map((c: { after: { code: string } }) => c.after.code);
    // item 1's status was fixed, 4–9 started; item 2 only got a proper link (not a diffed field)
    expect(changed.sort()).toEqual(["1", "4", "5", "6", "7", "8", "9"]);
    // a school cannot read another school's history
    expect((await api(EMAIL.s1, "GET", `/api/v1/campaigns/${campaignId}/orgs/s2/submissions`)).status).toBe(
      403,
    );
  });

  it("the department clicks «Собрать сводку»: one row per school, right statuses, versions and counts", async () => {
    const env = await addonFor(EMAIL.dept);
    const watch = watchRawWrites();
    let r: {
      ok: boolean;
      message?: string;
      value: { schools: number; submitted: number; notSubmitted: number };
    };
    try {
      r = env.call("collectSummary");
    } finally {
      watch.stop();
    }
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toMatchObject({ schools: 3, submitted: 1, notSubmitted: 2 });
    // one request answered the click (with every finding: the «Замечания» sheet needs them)
    expect(env.traffic.filter((t) => /\/summary(\?|$)/.test(t.path)).map((t) => t.path)).toEqual([
      `/api/v1/campaigns/${campaignId}/summary?include=findings`,
    ]);

    const rows = env.book.sheet("Сводка").dump();
    expect(rows[0]!.slice(0, 11)).toEqual([
      "Школа",
      "Код",
      "Статус",
      "Версия",
      "Получено",
      "Выполнение, %",
      "Нет пунктов",
      "Просрочено",
      "Ошибки",
      "Предупреждения",
      "Пункты с замечаниями",
    ]);
    expect(rows).toHaveLength(4);
    const byId = new Map(rows.slice(1).map((row) => [row[1], row]));

    const s1 = byId.get("s1")!;
    expect(s1.slice(0, 9)).toEqual([
      "МБОУ СОШ № 1",
      "s1",
      "сдано",
      1,
      expect.any(Date),
      Math.round((5 / REQUIRED) * 100),
      0,
      2,
      0,
    ]);
    expect(String(s1[10]).split(", ").sort()).toEqual(["6", "8"]);
    // «Получено» is a date cell showing the time the school's receipt showed
    const summarySheet = env.book.sheet("Сводка");
    const shownAt = (row: (typeof rows)[number]) =>
      summarySheet.getRange(rows.indexOf(row) + 1, 5).getDisplayValue();
    expect(shownAt(s1)).toBe(receipts["s1"]![0]!.receivedAtText);

    const s2 = byId.get("s2")!;
    expect(s2.slice(0, 9)).toEqual([
      "МБОУ СОШ № 2",
      "s2",
      "черновик (есть ошибки)",
      2,
      expect.any(Date),
      Math.round((2 / REQUIRED) * 100),
      1,
      4,
      1,
    ]);
    expect(String(s2[10]).split(", ").sort()).toEqual(["3", "4", "5", "6", "8"]);
    expect(shownAt(s2)).toBe(receipts["s2"]![1]!.receivedAtText);

    const s3 = byId.get("s3")!;
    expect(s3.slice(0, 11)).toEqual(["МКОУ Ивановская ООШ", "s3", "не сдано", "", "", 0, "", "", "", "", ""]);

    // per item: item 1 done by both schools, item 3 missing at school 2, item 8 overdue at both
    const items = new Map(
      env.book
        .sheet("Сводка по пунктам")
        .dump()
        .slice(1)
        .map((row) => [String(row[0]), row]),
    );
    expect(items.size).toBe(TEMPLATE.items.length);
    const header = env.book.sheet("Сводка по пунктам").dump()[0]!.map(String);
    const col = (name: RegExp) => header.findIndex((h) => name.test(h));
    expect(items.get("1")![col(/выполн/i)]).toBe(2);
    expect(items.get("3")![col(/нет|отсутств/i)]).toBe(1);
    expect(items.get("8")![col(/просроч/i)]).toBe(2);

    // nothing a school typed became a formula on the way
    expect(watch.unsafe().map((w) => `${w.sheet}!${w.a1} ${JSON.stringify(w.value)}`)).toEqual([]);
    const formulas = env.book.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.formula));
    expect(formulas).toEqual([]);
  });

  it("the department's own column survives a refresh after school 1 resubmits", async () => {
    const env = await addonFor(EMAIL.dept);
    expect(env.call("collectSummary").ok).toBe(true);
    const sheet = env.book.sheet("Сводка");
    const before = sheet.dump();
    const s1Row = before.findIndex((r) => r[1] === "s1") + 1;
    // the department's own column: the first one right of the summary's header (A–N today)
    const ownColumn = before[0]!.filter((h) => h !== "").length + 1;
    expect(ownColumn).toBe(15);
    sheet.getRange(s1Row, ownColumn).setValue("звонили 03.06");

    const school = await addonFor(EMAIL.s1);
    const inserted = school.call("insertTemplate", TEMPLATE.id, "2023-2024 учебный год");
    const mine = school.book.sheet(inserted.value.sheetName);
    for (const code of ["1", "2", "3", "4", "5", "6", "7", "8", "9"]) fillItem(mine, code, DONE);
    const again = school.call("submitSheet");
    expect(again.value).toMatchObject({ version: 2, status: "submitted" });

    expect(env.call("collectSummary").ok).toBe(true);
    const rows = sheet.dump();
    const s1 = rows.find((r) => r[1] === "s1")!;
    expect(s1.slice(2, 9)).toEqual(["сдано", 2, expect.any(Date), 100, 0, 0, 0]);
    // «Получено» is a date cell that shows the same time the school's receipt did
    const s1Now = rows.indexOf(s1) + 1;
    expect(sheet.getRange(s1Now, 5).getDisplayValue()).toBe(again.value.receivedAtText);
    expect(rows[s1Row - 1]![ownColumn - 1]).toBe("звонили 03.06");
  });

  it("«Напомнить» lists the schools still missing, with their methodists' addresses", async () => {
    const env = await addonFor(EMAIL.dept);
    const r = env.call("prepareReminders");
    expect(r.ok, r.message).toBe(true);
    const list = r.value.schools.map((s: { orgId: string; emails: string[] }) => [s.orgId, s.emails]);
    expect(list).toEqual(
      expect.arrayContaining([
        ["s2", [EMAIL.s2]],
        ["s3", [EMAIL.s3]],
      ]),
    );
    expect(list.map((l: [string]) => l[0])).not.toContain("s1");
  });

  it("the CSV summary agrees and is formula-safe", async () => {
    const res = await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/summary?format=csv`);
    expect(res.status).toBe(200);
    const rows = parseCsv(res.text.replace(/^\ufeff/, ""));
    const header = rows[0]!;
    const status = new Map(
      rows.slice(1).map((r) => [r[header.indexOf("Код организации")], r[header.indexOf("Статус")]]),
    );
    expect(Object.fromEntries(status)).toEqual({ s1: "сдано", s2: "черновик (есть ошибки)", s3: "не сдано" });
    expect(rows.flat().filter((c) => UNSAFE_START.test(c))).toEqual([]);
  });

  it("a school's token cannot collect the department's summary through the add-on", async () => {
    const env = await addonFor(EMAIL.s3);
    const r = env.call("collectSummary");
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    expect(r.message).toMatch(/[А-Яа-я]/);
  });

  // issue 11: a school that keeps its roadmap in Word imports it instead of retyping it
  it("school 3 imports its Word roadmap into the template («Импорт из файла») and submits it", async () => {
    const env = await addonFor(EMAIL.s3);
    const docx = readFileSync("tests/fixtures/docx/001_05aab9b01409ba82.docx").toString("base64");
    const preview = env.call("importFile", "Дорожная карта ООШ.docx", docx, false);
    expect(preview.ok, preview.message).toBe(true);
    expect(preview.value).toMatchObject({ templateId: TEMPLATE.id, matched: REQUIRED, sheetName: null });
    const imported = env.call("importFile", "Дорожная карта ООШ.docx", docx, true);
    expect(imported.ok, imported.message).toBe(true);
    const sheet = env.book.sheet(imported.value.sheetName);
    expect(sheet.dump()[2]!.slice(3, 5)).toEqual(["сентябрь-октябрь", "Бондарь О.И., зам. директора по УВР"]);
    const checked = env.call("validateSheet");
    expect(checked.ok, checked.message).toBe(true);
    expect(checked.value.completion).toMatchObject({ required: REQUIRED, present: REQUIRED });
    const sent = env.call("submitSheet");
    expect(sent.ok, sent.message).toBe(true);
    expect(sent.value.version).toBe(1);
    const stored = await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/summary`);
    expect(stored.status).toBe(200);
    expect(stored.text).toContain("s3");
  });

  it("the department closes the campaign from the add-on; a school can no longer submit", async () => {
    const env = await addonFor(EMAIL.dept);
    const form = env.call("loadCampaignForm");
    expect(form.value.current).toMatchObject({ id: campaignId, status: "open", manageable: true });
    expect(env.call("closeCampaign", campaignId, false)).toMatchObject({ ok: false, code: "not-confirmed" });
    const closed = env.call("closeCampaign", campaignId, true);
    expect(closed.ok, closed.message).toBe(true);
    expect(closed.value.status).toBe("closed");

    const school = await addonFor(EMAIL.s3);
    const inserted = school.call("insertTemplate", TEMPLATE.id, "2023-2024 учебный год");
    expect(inserted.ok).toBe(true);
    const late = school.call("submitSheet");
    expect(late).toMatchObject({ ok: false, code: "campaign-closed" });
    expect(late.message).toMatch(/закрыта/);
    // the summary can still be collected
    expect(env.call("collectSummary").ok).toBe(true);
  });
});
