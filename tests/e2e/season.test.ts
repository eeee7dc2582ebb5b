// A whole reporting season (issue 9), end to end: the real worker under `wrangler dev`, the BUNDLED
// add-on in node:vm with blocking HTTP, a department spreadsheet and four school spreadsheets (ru_RU,
// Asia/Tomsk). Everything a person does goes through the add-on's own server functions (what the
// sidebar calls); only the exports and the history are read over HTTP, as a script would.
// open for 3 schools → a 4th joins late → the due date moves → two schools submit → one is returned
// with a comment and an item remark → it sees that and resubmits (на проверке again) → both are
// accepted → one sends its «Квитанции» sheet (422, nothing stored) and then a draft (does not replace
// the accepted version) → close → reopen with a reason → close. Then the summary sheet, «Замечания»,
// the CSV, the XLSX and the history are checked cell by cell against values worked out by hand below.
import readXlsxFile from "read-excel-file/universal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTemplate } from "../../shared/templates/registry.ts";
import type { FakeSheet } from "../addon/fakes/spreadsheet.ts";
import { parseCsv } from "../hostile/support/csv.ts";
import { apiCall, apiDownload } from "./support/api-call.ts";
import { type Connected, connectedAddon, PUBLIC_URL } from "./support/connected-addon.ts";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.ts";
import type { LocalWorker } from "./support/local-worker.ts";
import { fillItem, rowOf } from "./support/roadmap-sheet.ts";
import type { SyncHttp } from "./support/sync-http.ts";
import type { TestGoogle } from "./support/test-google.ts";

const TEMPLATE = getTemplate("school-roadmap")!;
const EMAIL = {
  admin: "admin@season.test",
  dept: "uo-specialist@season.test",
  s1: "metodist1@season.test",
  s2: "metodist2@season.test",
  s3: "metodist3@season.test",
  s4: "metodist4@season.test",
};
const UO = { id: "uo", name: "Управление образования г. Стрежевой" };
const S1 = { id: "s1", name: "МБОУ СОШ № 1" };
const S2 = { id: "s2", name: "МБОУ СОШ № 2" };
const S3 = { id: "s3", name: "МКОУ Ивановская ООШ" };
const S4 = { id: "s4", name: "МБОУ СОШ № 4" };

// The department's spreadsheet (and so the campaign) is on Tomsk time, UTC+7 all year; the schools'
// spreadsheets keep Google's default for Russia, Moscow time, UTC+3 all year (neither has had DST
// since 2014/2016). The expected local times below use these fixed offsets, not the code's Intl.
const ZONE = "Asia/Tomsk";
const SCHOOL_ZONE = "Europe/Moscow";
const TOMSK_MS = 7 * 3_600_000;
const MOSCOW_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;
const tomskDay = (ms: number) => new Date(ms + TOMSK_MS).toISOString().slice(0, 10);
/** «05.12.2026 14:03»: the instant on a clock `offsetMs` east of UTC. */
function clockText(iso: string, offsetMs: number): string {
  const t = new Date(Date.parse(iso) + offsetMs).toISOString();
  return `${t.slice(8, 10)}.${t.slice(5, 7)}.${t.slice(0, 4)} ${t.slice(11, 16)}`;
}
const tomskText = (iso: string) => clockText(iso, TOMSK_MS);
const ruDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

// The season's dates. The campaign opens with a due date that has already passed (every report sent
// today would be late); the department then extends it by two weeks, so today's reports are on time.
const STARTED = Date.now();
const FIRST_DUE = tomskDay(STARTED - 10 * DAY_MS);
const MOVED_DUE = tomskDay(STARTED + 14 * DAY_MS);
// The roadmap year 2025-2026; at the report date 31.05.2026 an item due in «апрель» (30.04.2026)
// that is not done is overdue, one due in «май» or «январь-май» (31.05.2026) is not yet.
const PERIOD = { start: "2025-09-01", end: "2026-08-31" };
const REPORT_DATE = "2026-05-31";
const CAMPAIGN_NAME = "Наставничество педагогов, отчёт за 2025-2026 уч. г.";

// Rows of the inserted template: title in row 1, header in row 2, item N in row N + 2; the columns
// are № | Наименование этапа | Содержание | Срок (D) | Ответственный | Факт | Статус (G) | …
const ITEM_ROW = (code: number) => code + 2;
const ACTIVITY_6 = "Завершение персонализированных программ наставничества";
const ACTIVITY_8 = "Формирование информационной базы наставников, информационной базы наставляемых";
const OVERDUE_APRIL = "Срок истёк 30.04.2026, а пункт не выполнен.";

const PROOF = "https://school.example.ru/nastavnichestvo/prikaz.pdf";
const DONE = { Статус: "выполнено", Подтверждение: PROOF };
const WORKING = { Статус: "в работе" };

const REASON = {
  added: "школа присоединилась к программе в ноябре",
  due: "продление по письму департамента области",
  closed: "приём отчётов завершён",
  reopened: "закрыта раньше срока сдачи по ошибке",
};
const RETURN_COMMENT = "Пункты 6 и 8 просрочены — отметьте выполнение или перенесите сроки";
const RETURN_REMARK = { code: "6", comment: "приложите ссылку на итоги мониторинга" };
const ACCEPT_COMMENT = "Замечаний нет";

let google: TestGoogle;
let worker: LocalWorker;
let http: SyncHttp;
let world: E2eWorld;
let dist: string;
let campaignId: string;
/** the department's own spreadsheet, kept for the whole season */
let uo: Connected;
/** each school's own spreadsheet and its roadmap sheet */
const schools = new Map<string, { env: Connected; sheet: FakeSheet }>();
/** what the worker answered each submission (the receipts), by school */
const receipts: Record<string, { version: number; receivedAt: string; status: string }[]> = {
  s1: [],
  s2: [],
};
/** [before, after] instants around each change of the campaign, to check the history's «when» */
const changedAt: Record<string, [number, number]> = {};

function api(email: string, method: string, path: string, body?: unknown) {
  return apiCall(worker.url, google, email, method, path, body);
}

/** The department's API token for its export script (created once, shown once). */
let exportToken = "";

/** The department's download with its API token, as the guide's curl example does it. */
async function download(path: string) {
  if (!exportToken) {
    const created = await api(EMAIL.dept, "POST", "/api/v1/tokens", { label: "выгрузка сводки в регион" });
    expect(created.status, created.text).toBe(201);
    exportToken = created.json().token;
    expect(exportToken).toMatch(/^svk_/);
  }
  return apiDownload(worker.url, exportToken, path);
}

async function spreadsheetOf(email: string, campaign: string, zone = SCHOOL_ZONE): Promise<Connected> {
  const env = connectedAddon(dist, { workerUrl: worker.url, http, email, token: await google.token(email) });
  env.book.timeZone = zone;
  env.book.addSheet("Лист1");
  const saved = env.call("saveSettings", PUBLIC_URL, campaign);
  expect(saved.ok, saved.message).toBe(true);
  return env;
}

/** Runs a change of the campaign and notes when it happened. */
function change<T>(name: string, act: () => T): T {
  const before = Date.now();
  const result = act();
  changedAt[name] = [before, Date.now()];
  return result;
}

function noServerErrors(env: Connected): void {
  expect(env.traffic.filter((t) => t.status >= 500)).toEqual([]);
}

beforeAll(async () => {
  world = await startE2eWorld({ adminEmail: EMAIL.admin });
  ({ dist, google, worker, http } = world);
  // The admin creates the municipality and gives the specialist the department role.
  const org = await api(EMAIL.admin, "POST", "/api/v1/orgs", {
    parentId: "tomsk",
    id: UO.id,
    name: UO.name,
    kind: "municipality",
  });
  expect(org.status, org.text).toBe(201);
  const member = await api(EMAIL.admin, "POST", `/api/v1/orgs/${UO.id}/members`, {
    email: EMAIL.dept,
    role: "department",
  });
  expect(member.status, member.text).toBe(201);
  uo = await spreadsheetOf(EMAIL.dept, "", ZONE);
});

afterAll(async () => {
  await world?.stop();
});

describe("a reporting season, end to end", () => {
  it("the department adds three schools from «Школы» and opens the campaign for them", async () => {
    expect(uo.call("openSchoolsSheet", UO.id).ok).toBe(true);
    uo.book
      .sheet("Школы")
      .load([
        [],
        [S1.name, S1.id, EMAIL.s1, "школа"],
        [S2.name, S2.id, EMAIL.s2, "школа"],
        [S3.name, S3.id, EMAIL.s3, "школа"],
      ]);
    const preview = uo.call("loadSchools", UO.id);
    expect(preview.value).toMatchObject({ schools: 3, members: 3, problems: [] });
    expect(uo.call("applySchools", UO.id, preview.value.planId).value).toMatchObject({
      schools: 3,
      members: 3,
      failed: 0,
    });

    const form = uo.call("loadCampaignForm");
    expect(form.ok, form.message).toBe(true);
    const opened = uo.call("createCampaign", {
      orgId: UO.id,
      name: CAMPAIGN_NAME,
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
      reportDate: REPORT_DATE,
      dueDate: FIRST_DUE,
      participants: null,
    });
    expect(opened.ok, opened.message).toBe(true);
    expect(opened.value.participants).toBe(3);
    campaignId = opened.value.campaign.id;
    // the campaign took the department spreadsheet's zone: its due date and exports run on Tomsk time
    changedAt["created"] = [STARTED, Date.now()];
    const stored = (await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}`)).json();
    expect(stored).toMatchObject({ dueDate: FIRST_DUE, timeZone: ZONE, participants: [S1.id, S2.id, S3.id] });
    noServerErrors(uo);
  });

  it("a fourth school joins late: added to «Школы», then to the running campaign", async () => {
    const sheet = uo.book.sheet("Школы");
    sheet.getRange(sheet.getLastRow() + 1, 1, 1, 4).setValues([[S4.name, S4.id, EMAIL.s4, "школа"]]);
    const preview = uo.call("loadSchools", UO.id);
    expect(preview.value).toMatchObject({ schools: 1, members: 1, unchanged: 3, problems: [] });
    expect(uo.call("applySchools", UO.id, preview.value.planId).value).toMatchObject({ failed: 0 });
    // its methodist cannot connect a spreadsheet to the campaign yet
    const early = connectedAddon(dist, {
      workerUrl: worker.url,
      http,
      email: EMAIL.s4,
      token: await google.token(EMAIL.s4),
    });
    early.book.addSheet("Лист1");
    expect(early.call("saveSettings", PUBLIC_URL, campaignId)).toMatchObject({
      ok: false,
      code: "forbidden",
      message: "Недостаточно прав для этого действия.",
    });

    // «Изменить кампанию»: the new school is offered, the three are taking part
    const before = uo.call("loadCampaignChanges");
    expect(before.ok, before.message).toBe(true);
    expect(before.value.participants).toEqual([S1, S2, S3]);
    expect(before.value.candidates).toEqual([S4]);
    const added = change("added", () => uo.call("changeCampaignParticipants", [S4.id], [], REASON.added));
    expect(added.ok, added.message).toBe(true);
    expect(added.value.participants).toEqual([S1, S2, S3, S4]);
    expect(added.value.candidates).toEqual([]);

    // now its methodist connects the school's spreadsheet to the campaign
    const s4 = await spreadsheetOf(EMAIL.s4, campaignId);
    expect(s4.call("getState").value.campaign).toMatchObject({ id: campaignId, dueDate: FIRST_DUE });
  });

  it("the department moves the due date by two weeks, with a reason", () => {
    const now = uo.call("loadCampaignChanges").value;
    const moved = change("due", () =>
      uo.call("saveCampaignEdit", {
        name: now.name,
        dueDate: MOVED_DUE,
        reportDate: now.reportDate,
        reason: REASON.due,
      }),
    );
    expect(moved.ok, moved.message).toBe(true);
    expect(moved.value).toMatchObject({ dueDate: MOVED_DUE, reportDate: REPORT_DATE, status: "open" });
    noServerErrors(uo);
  });

  it("two schools insert the template, fill it, check it and submit: both on time", async () => {
    const plans: Record<string, [string[], string[]]> = {
      // items done / in progress; the rest left blank
      s1: [
        ["1", "2", "3", "4", "5"],
        ["6", "7"],
      ],
      s2: [
        ["1", "2", "3", "4", "5", "6", "7"],
        ["8", "9"],
      ],
    };
    for (const [id, email] of [
      [S1.id, EMAIL.s1],
      [S2.id, EMAIL.s2],
    ] as const) {
      const env = await spreadsheetOf(email, campaignId);
      const inserted = env.call("insertTemplate", TEMPLATE.id, "2025-2026 учебный год");
      expect(inserted.ok, inserted.message).toBe(true);
      const sheet = env.book.sheet(inserted.value.sheetName);
      schools.set(id, { env, sheet });
      // the template's layout the expectations below rely on
      expect([rowOf(sheet, "6"), rowOf(sheet, "8")]).toEqual([ITEM_ROW(6), ITEM_ROW(8)]);
      const [done, working] = plans[id]!;
      for (const code of done) fillItem(sheet, code, DONE);
      for (const code of working) fillItem(sheet, code, WORKING);

      const checked = env.call("validateSheet");
      expect(checked.ok, checked.message).toBe(true);
      expect(checked.value.counts.error).toBe(0);
      const preview = env.call("prepareSubmit");
      expect(preview.value).toMatchObject({
        sheetName: sheet.getName(),
        campaignName: CAMPAIGN_NAME,
        fromTemplate: true,
        warning: null,
        refused: false,
      });
      const sent = env.call("submitSheet", preview.value.sheetName);
      expect(sent.ok, sent.message).toBe(true);
      // received today, before the moved due date (and after the first one)
      expect(tomskDay(Date.parse(sent.value.receivedAt)) > FIRST_DUE).toBe(true);
      expect(sent.value).toMatchObject({ version: 1, status: "submitted", statusText: "принят" });
      // the school's receipt shows the time on the school's (Moscow) clock
      expect(sent.value.receivedAtText).toBe(clockText(sent.value.receivedAt, MOSCOW_MS));
      receipts[id]!.push(sent.value);
      noServerErrors(env);
    }
  });

  it("the department collects the summary: both «на проверке», their problems on «Замечания»", () => {
    const r = uo.call("collectSummary");
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toMatchObject({ schools: 4, submitted: 2, notSubmitted: 2 });
    const rows = uo.book.sheet("Сводка").dump();
    expect(rows.slice(1).map((row) => [row[1], row[2], row[3], row[11]])).toEqual([
      ["s1", "сдано", 1, "на проверке"],
      ["s2", "сдано", 1, "на проверке"],
      ["s3", "не сдано", "", ""],
      ["s4", "не сдано", "", ""],
    ]);
    // s1 left items 6 (в работе) and 8 (blank) undone past April, s2 item 8 (в работе)
    expect(uo.book.sheet("Замечания").dump().slice(1)).toEqual([
      [S1.name, S1.id, UO.name, "6", ACTIVITY_6, OVERDUE_APRIL, "предупреждение", `D${ITEM_ROW(6)}`],
      [S1.name, S1.id, UO.name, "8", ACTIVITY_8, OVERDUE_APRIL, "предупреждение", `D${ITEM_ROW(8)}`],
      [S2.name, S2.id, UO.name, "8", ACTIVITY_8, OVERDUE_APRIL, "предупреждение", `D${ITEM_ROW(8)}`],
    ]);
  });

  it("the department returns school 1's report with a comment and an item remark", () => {
    const queue = uo.call("loadReviewQueue");
    expect(queue.ok, queue.message).toBe(true);
    expect(queue.value.schools).toEqual([
      expect.objectContaining({ orgId: S1.id, version: 1, state: "pending", stateText: "на проверке" }),
      expect.objectContaining({ orgId: S2.id, version: 1, state: "pending", stateText: "на проверке" }),
    ]);
    // a return with neither a comment nor a remark is refused in the add-on
    expect(uo.call("reviewSchool", S1.id, 1, "returned", "", "")).toMatchObject({
      ok: false,
      code: "invalid-form",
    });
    const returned = uo.call(
      "reviewSchool",
      S1.id,
      1,
      "returned",
      RETURN_COMMENT,
      `${RETURN_REMARK.code}: ${RETURN_REMARK.comment}`,
    );
    expect(returned.ok, returned.message).toBe(true);
    expect(returned.value.schools[0]).toMatchObject({
      orgId: S1.id,
      state: "returned",
      stateText: "возвращено на доработку",
      comment: `${RETURN_COMMENT}; 6: ${RETURN_REMARK.comment}`,
    });
    noServerErrors(uo);
  });

  it("«Напомнить» lists the returned school (with the comment) and the two that sent nothing", () => {
    const r = uo.call("prepareReminders");
    expect(r.ok, r.message).toBe(true);
    expect(
      r.value.schools.map((s: { orgId: string; emails: string[]; reason: string; comment: string }) => [
        s.orgId,
        s.emails,
        s.reason,
        s.comment,
      ]),
    ).toEqual([
      [S1.id, [EMAIL.s1], "returned", `${RETURN_COMMENT}; 6: ${RETURN_REMARK.comment}`],
      [S3.id, [EMAIL.s3], "not-submitted", ""],
      [S4.id, [EMAIL.s4], "not-submitted", ""],
    ]);
  });

  it("school 1 sees the return in the sidebar and in «Квитанции», resubmits: «на проверке» again", () => {
    const { env, sheet } = schools.get(S1.id)!;
    const seen = env.call("loadMyReview");
    expect(seen.ok, seen.message).toBe(true);
    expect(seen.value).toMatchObject({
      orgName: S1.name,
      state: "returned",
      comment: RETURN_COMMENT,
      items: [RETURN_REMARK],
    });
    expect(seen.value.stateText).toContain("возвращено на доработку");
    expect(seen.value.detail).toContain(EMAIL.dept);
    // the log: the receipt of version 1, then the department's decision on it (logged once)
    env.call("loadMyReview");
    const log = env.book.sheet("Квитанции").dump();
    expect(log).toHaveLength(3);
    expect(log[1]!.slice(2, 4)).toEqual([1, "принят"]);
    expect(log[2]!.slice(2, 4)).toEqual([
      1,
      `возвращено на доработку: ${RETURN_COMMENT}; 6: ${RETURN_REMARK.comment}`,
    ]);
    expect(log[2]![0]).toBeInstanceOf(Date);

    // item 6 done now, 8 started; 7 still in progress, 9 blank
    env.book.setActiveSheet(sheet);
    fillItem(sheet, "6", DONE);
    fillItem(sheet, "8", WORKING);
    const sent = env.call("submitSheet", sheet.getName());
    expect(sent.ok, sent.message).toBe(true);
    expect(sent.value).toMatchObject({ version: 2, status: "submitted" });
    receipts["s1"]!.push(sent.value);
    expect(env.call("loadMyReview").value).toMatchObject({ state: "pending", comment: "", items: [] });
    expect(
      uo.call("loadReviewQueue").value.schools.find((s: { orgId: string }) => s.orgId === S1.id),
    ).toMatchObject({ version: 2, state: "pending" });
  });

  it("the department accepts both reports (a stale version cannot be judged)", () => {
    const stale = uo.call("reviewSchool", S1.id, 1, "accepted", "", "");
    expect(stale).toMatchObject({ ok: false, code: "review-not-latest" });
    expect(uo.call("reviewSchool", S1.id, 2, "accepted", "", "").ok).toBe(true);
    const both = uo.call("reviewSchool", S2.id, 1, "accepted", ACCEPT_COMMENT, "");
    expect(both.ok, both.message).toBe(true);
    expect(
      both.value.schools.map((s: { orgId: string; version: number; state: string }) => [
        s.orgId,
        s.version,
        s.state,
      ]),
    ).toEqual([
      [S1.id, 2, "accepted"],
      [S2.id, 1, "accepted"],
    ]);
    const s2 = schools.get(S2.id)!.env.call("loadMyReview").value;
    expect(s2).toMatchObject({ state: "accepted", comment: ACCEPT_COMMENT });
    // school 1's log, oldest first: v1 sent, v1 returned, v2 sent, v2 accepted
    const s1 = schools.get(S1.id)!.env;
    expect(s1.call("loadMyReview").value).toMatchObject({ state: "accepted", comment: "", items: [] });
    expect(
      s1.book
        .sheet("Квитанции")
        .dump()
        .slice(1)
        .map((r) => r.slice(2, 4)),
    ).toEqual([
      [1, "принят"],
      [1, `возвращено на доработку: ${RETURN_COMMENT}; 6: ${RETURN_REMARK.comment}`],
      [2, "принят"],
      [2, "принято"],
    ]);
  });

  it("school 2 sends its «Квитанции» sheet by mistake: warned, refused with 422, nothing stored", async () => {
    const { env } = schools.get(S2.id)!;
    const log = env.book.sheet("Квитанции");
    const logBefore = log.dump();
    env.book.setActiveSheet(log);
    const preview = env.call("prepareSubmit");
    expect(preview.value).toMatchObject({ sheetName: "Квитанции", fromTemplate: false, refused: true });
    expect(preview.value.warning).toContain("Квитанции");
    const sent = env.call("submitSheet", "Квитанции");
    expect(sent).toMatchObject({ ok: false, code: "not-a-roadmap" });
    // the worker's own reason, behind the add-on's «the server refused the report»
    expect(sent.message).toBe(
      "Сервер отклонил отчёт: Лист «Квитанции» не похож на дорожную карту шаблона этой кампании: не найдена строка заголовка " +
        "таблицы (нужны столбцы «Мероприятие», «Сроки», «Ответственные»). Отчёт не сохранён — откройте " +
        "лист с дорожной картой и отправьте его.",
    );
    expect(env.traffic.at(-1)).toMatchObject({ method: "post", status: 422 });
    const versions = (
      await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/orgs/s2/submissions`)
    ).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(log.dump()).toEqual(logBefore);
  });

  it("school 2 then sends a draft with an error: kept as version 2, its accepted version 1 still counts", () => {
    const { env, sheet } = schools.get(S2.id)!;
    env.book.setActiveSheet(sheet);
    fillItem(sheet, "1", { Статус: "сделано" }); // not in the list of statuses
    const checked = env.call("validateSheet");
    expect(checked.value.counts.error).toBe(1);
    const sent = env.call("submitSheet", sheet.getName());
    expect(sent.ok, sent.message).toBe(true);
    expect(sent.value).toMatchObject({ version: 2, status: "draft" });
    expect(env.call("loadMyReview").value).toMatchObject({ state: "accepted", comment: ACCEPT_COMMENT });
    // an accepted school with a newer draft gets no reminder; the two that sent nothing still do
    const reminders = uo.call("prepareReminders").value.schools;
    expect(reminders.map((s: { orgId: string; reason: string }) => [s.orgId, s.reason])).toEqual([
      [S3.id, "not-submitted"],
      [S4.id, "not-submitted"],
    ]);
  });

  it("the department closes the campaign (with a reason), reopens it with a reason, and closes it again", () => {
    const closed = change("closed", () => uo.call("closeCampaign", campaignId, true, REASON.closed));
    expect(closed.ok, closed.message).toBe(true);
    expect(closed.value.status).toBe("closed");
    expect(uo.call("reopenCampaign", "  ")).toMatchObject({ ok: false, code: "invalid-form" });
    const reopened = change("reopened", () => uo.call("reopenCampaign", REASON.reopened));
    expect(reopened.ok, reopened.message).toBe(true);
    expect(reopened.value.status).toBe("open");
    const again = change("closedAgain", () => uo.call("closeCampaign", campaignId, true));
    expect(again.value.status).toBe("closed");
    // a school can no longer submit
    const { env, sheet } = schools.get(S2.id)!;
    env.book.setActiveSheet(sheet);
    expect(env.call("submitSheet", sheet.getName())).toMatchObject({ ok: false, code: "campaign-closed" });
    noServerErrors(uo);
  });

  // ---- the season's results, cell by cell ----
  // Worked out from what the schools sent (9 required items):
  //   s1 v2: items 1–6 done, 7 and 8 in progress, 9 blank → 6/9 = 67 %, item 8 overdue (April);
  //   s2 v1: items 1–7 done, 8 and 9 in progress → 7/9 = 78 %, item 8 overdue; its v2 is a draft;
  //   s3, s4: nothing. Both reports arrived today, before the moved due date: «сдано», not late.
  const RECEIVED = () => ({ s1: receipts["s1"]![1]!.receivedAt, s2: receipts["s2"]![0]!.receivedAt });

  it("«Сводка»: status, version, review, comment, newer draft, % done, on time against the moved date", () => {
    const r = uo.call("collectSummary");
    expect(r.ok, r.message).toBe(true);
    const sheet = uo.book.sheet("Сводка");
    const rows = sheet.dump();
    expect(rows[0]).toEqual([
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
      "Проверка",
      "Комментарий проверки",
      "Новый черновик",
    ]);
    const nothing = ["", "", 0, "", "", "", "", "", "", "", ""];
    expect(rows.slice(1)).toEqual([
      [S1.name, "s1", "сдано", 2, expect.any(Date), 67, 0, 1, 0, 1, "8", "принято", "", ""],
      [
        S2.name,
        "s2",
        "сдано",
        1,
        expect.any(Date),
        78,
        0,
        1,
        0,
        1,
        "8",
        "принято",
        ACCEPT_COMMENT,
        "версия 2: черновик, не засчитан",
      ],
      [S3.name, "s3", "не сдано", ...nothing],
      [S4.name, "s4", "не сдано", ...nothing],
    ]);
    // «Получено»: the counted version's time, on Tomsk clocks
    const received = RECEIVED();
    expect(sheet.getRange(2, 5).getDisplayValue()).toBe(tomskText(received.s1));
    expect(sheet.getRange(3, 5).getDisplayValue()).toBe(tomskText(received.s2));
    expect((rows[1]![4] as Date).getTime()).toBe(Date.parse(received.s1));
  });

  it("«Замечания»: one row per finding of the counted versions (not of the draft)", () => {
    expect(uo.book.sheet("Замечания").dump()).toEqual([
      ["Школа", "Код организации", "Группа", "Пункт", "Мероприятие", "Замечание", "Важность", "Ячейка"],
      [S1.name, S1.id, UO.name, "8", ACTIVITY_8, OVERDUE_APRIL, "предупреждение", `D${ITEM_ROW(8)}`],
      [S2.name, S2.id, UO.name, "8", ACTIVITY_8, OVERDUE_APRIL, "предупреждение", `D${ITEM_ROW(8)}`],
    ]);
  });

  it("the CSV export: the same schools and columns, local times", async () => {
    const res = await download(`/api/v1/campaigns/${campaignId}/summary?format=csv`);
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^text\/csv/);
    const bytes = res.bytes;
    // a UTF-8 byte order mark, so Russian Excel opens it as UTF-8
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    const received = RECEIVED();
    expect(rows).toEqual([
      [
        "Код организации",
        "Организация",
        "Группа",
        "Статус",
        "Версия",
        "Получено",
        "Ошибок",
        "Предупреждений",
        "Выполнено",
        "Обязательных пунктов",
        "Нет пунктов",
        "Просрочено",
        "Показатель не достигнут",
        "Проверка",
        "Комментарий проверки",
        "Новый черновик",
        "Выполнение, %",
      ],
      [
        "s1",
        S1.name,
        UO.name,
        "сдано",
        "2",
        tomskText(received.s1),
        "0",
        "1",
        "6",
        "9",
        "",
        "8",
        "",
        "принято",
        "",
        "",
        "67",
      ],
      [
        "s2",
        S2.name,
        UO.name,
        "сдано",
        "1",
        tomskText(received.s2),
        "0",
        "1",
        "7",
        "9",
        "",
        "8",
        "",
        "принято",
        ACCEPT_COMMENT,
        "2",
        "78",
      ],
      ["s3", S3.name, UO.name, "не сдано", "", "", "0", "0", "0", "9", "", "", "", "", "", "", ""],
      ["s4", S4.name, UO.name, "не сдано", "", "", "0", "0", "0", "9", "", "", "", "", "", "", ""],
    ]);
  });

  it("the XLSX export read back: codes as text, numbers as numbers, times as dates in Tomsk", async () => {
    const res = await download(`/api/v1/campaigns/${campaignId}/summary?format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    await expectSeasonXlsx(res.bytes);
  });

  it("«Скачать Excel» / «Скачать CSV» in the department's sidebar: the same files, no API token", async () => {
    const before = uo.traffic.length;
    const xlsx = uo.call("downloadSummary", "xlsx");
    expect(xlsx.ok, xlsx.message).toBe(true);
    // the department's own Google identity, not a token: one GET through the add-on's UrlFetchApp
    expect(uo.traffic.slice(before)).toEqual([
      expect.objectContaining({
        method: "get",
        path: `/api/v1/campaigns/${campaignId}/summary?format=xlsx`,
        status: 200,
      }),
    ]);
    expect(xlsx.value.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const today = new Date(Date.now() + TOMSK_MS).toISOString().slice(0, 10).split("-").reverse().join(".");
    expect(xlsx.value.fileName).toBe(`Сводка — ${CAMPAIGN_NAME} — ${today}.xlsx`);
    const bytes = new Uint8Array(Buffer.from(xlsx.value.base64, "base64"));
    expect(xlsx.value.bytes).toBe(bytes.length);
    await expectSeasonXlsx(bytes);

    const csv = uo.call("downloadSummary", "csv");
    expect(csv.ok, csv.message).toBe(true);
    expect(csv.value.fileName).toBe(`Сводка — ${CAMPAIGN_NAME} — ${today}.csv`);
    const api = await download(`/api/v1/campaigns/${campaignId}/summary?format=csv`);
    // byte for byte what the API gives (the BOM too): the bridge and the add-on decode nothing
    expect(new Uint8Array(Buffer.from(csv.value.base64, "base64"))).toEqual(api.bytes);
    noServerErrors(uo);
  });

  /** The season's workbook, whichever way it was downloaded. */
  async function expectSeasonXlsx(bytes: Uint8Array): Promise<void> {
    const sheets = await readXlsxFile(bytes.buffer as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual(["Сводка", "Замечания", "Группы"]);
    const [summary, findings, groups] = sheets.map((s) => s.data);
    // a time in the workbook is Tomsk's wall clock (Excel has no zones), to the second
    const wall = (iso: string) => new Date(Math.floor((Date.parse(iso) + TOMSK_MS) / 1000) * 1000);
    const received = RECEIVED();
    const atSecond = (v: unknown) =>
      v instanceof Date ? new Date(Math.round(v.getTime() / 1000) * 1000) : v;
    expect(summary!.slice(1).map((row) => row.map(atSecond))).toEqual([
      [
        "s1",
        S1.name,
        UO.name,
        "сдано",
        2,
        wall(received.s1),
        0,
        1,
        6,
        9,
        null,
        "8",
        null,
        "принято",
        null,
        null,
        67,
      ],
      [
        "s2",
        S2.name,
        UO.name,
        "сдано",
        1,
        wall(received.s2),
        0,
        1,
        7,
        9,
        null,
        "8",
        null,
        "принято",
        ACCEPT_COMMENT,
        2,
        78,
      ],
      ["s3", S3.name, UO.name, "не сдано", null, null, 0, 0, 0, 9, null, null, null, null, null, null, null],
      ["s4", S4.name, UO.name, "не сдано", null, null, 0, 0, 0, 9, null, null, null, null, null, null, null],
    ]);
    expect(summary![0]![0]).toBe("Код организации");
    expect(findings!.slice(1)).toEqual([
      [S1.name, S1.id, UO.name, "8", ACTIVITY_8, OVERDUE_APRIL, "предупреждение", "D10"],
      [S2.name, S2.id, UO.name, "8", ACTIVITY_8, OVERDUE_APRIL, "предупреждение", "D10"],
    ]);
    // the roll-up: 4 schools, 2 sent, (6 + 7) of 4 × 9 items done = 36 %, 2 items overdue
    expect(groups!.slice(1)).toEqual([[UO.name, UO.id, 0, 4, 2, 0, 0, 2, 36, 2, 0]]);
  }

  it("the campaign's history: who changed what and when, in order (API and «Изменить кампанию»)", async () => {
    const res = await api(EMAIL.dept, "GET", `/api/v1/campaigns/${campaignId}/changes`);
    expect(res.status).toBe(200);
    const history = res.json();
    expect(history).toMatchObject({ campaignId, createdBy: EMAIL.dept });
    const kinds = history.events.map((e: { kind: string; from: string | null; to: string | null }) => [
      e.kind,
      e.from,
      e.to,
    ]);
    expect(kinds).toEqual([
      ["participants-added", null, null],
      ["due-date", FIRST_DUE, MOVED_DUE],
      ["closed", null, null],
      ["reopened", null, null],
      ["closed", null, null],
    ]);
    expect(
      history.events.map((e: { orgIds: string[]; reason: string | null; by: string }) => [
        e.by,
        e.orgIds,
        e.reason,
      ]),
    ).toEqual([
      [EMAIL.dept, [S4.id], REASON.added],
      [EMAIL.dept, [], REASON.due],
      [EMAIL.dept, [], REASON.closed],
      [EMAIL.dept, [], REASON.reopened],
      [EMAIL.dept, [], null],
    ]);
    const within = (iso: string, step: string) => {
      const [from, to] = changedAt[step]!;
      // the worker's clock is this machine's; its times have millisecond precision
      expect(Date.parse(iso), step).toBeGreaterThanOrEqual(from);
      expect(Date.parse(iso), step).toBeLessThanOrEqual(to);
    };
    within(history.createdAt, "created");
    for (const [i, step] of ["added", "due", "closed", "reopened", "closedAgain"].entries()) {
      within(history.events[i].at, step);
    }
    const seqs = history.events.map((e: { seq: number }) => e.seq);
    expect([...seqs].sort((a: number, b: number) => a - b)).toEqual(seqs);

    // the same history in the sidebar, in Russian, on Tomsk clocks
    const view = uo.call("loadCampaignChanges");
    expect(view.ok, view.message).toBe(true);
    expect(view.value.status).toBe("closed");
    const at = (i: number) => tomskText(history.events[i].at);
    expect(view.value.history).toEqual([
      `${tomskText(history.createdAt)} · ${EMAIL.dept}: кампания открыта`,
      `${at(0)} · ${EMAIL.dept}: добавлены участники: «${S4.name}» (${REASON.added})`,
      `${at(1)} · ${EMAIL.dept}: срок сдачи ${ruDay(FIRST_DUE)} → ${ruDay(MOVED_DUE)} (${REASON.due})`,
      `${at(2)} · ${EMAIL.dept}: кампания закрыта (${REASON.closed})`,
      `${at(3)} · ${EMAIL.dept}: кампания открыта снова (${REASON.reopened})`,
      `${at(4)} · ${EMAIL.dept}: кампания закрыта`,
    ]);
  });
});
