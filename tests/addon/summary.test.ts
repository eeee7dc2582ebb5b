import { describe, expect, it } from "vitest";
import type { Summary } from "../../shared/api/summary.ts";
import { bundledAddon, type loadAddon } from "./fakes/load-addon.ts";
import { configure, summary, WORKER } from "./worker-fixtures.ts";

const addon = bundledAddon();

const ORGS = [
  { orgId: "s21", name: "МБОУ СОШ №21", status: "submitted" as const },
  { orgId: "s5", name: '=HYPERLINK("http://evil";"СОШ №5")', status: "not-submitted" as const },
  { orgId: "s7", name: "+7 школа", status: "draft" as const },
];

/**
 * The worker's summary route as the real one answers it: every finding only with ?include=findings
 * (the default summary leaves them out), anything else 404.
 */
function summaryRoute(body: Summary) {
  return (req: { url: string }) => {
    if (req.url.endsWith("/summary?include=findings")) return { body };
    if (req.url.endsWith("/summary")) return { body: { ...body, findings: undefined } };
    return { status: 404, body: {} };
  };
}

function department(orgs = ORGS) {
  const env = addon();
  env.book.addSheet("Лист1");
  configure(env);
  env.urlFetch.respond(summaryRoute(summary(orgs)));
  return env;
}

function allFormulas(env: ReturnType<typeof loadAddon>): string[] {
  return env.book.sheets.flatMap((s) =>
    [...s.cells.entries()].filter(([, c]) => c.formula).map(([k]) => `${s.getName()}!${k}`),
  );
}

describe("collectSummary", () => {
  it("makes one request and writes one row per school with status, version, time and completion", () => {
    const env = department();
    const r = env.call("collectSummary");
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({ schools: 3, submitted: 1, notSubmitted: 2 });
    expect(env.urlFetch.requests).toHaveLength(1);
    // with every school's findings: the «Замечания» sheet needs them (the worker's default leaves them out)
    expect(env.urlFetch.requests[0]!.url).toBe(`${WORKER}/api/v1/campaigns/c-2024/summary?include=findings`);
    const rows = env.book.sheet("Сводка").dump();
    expect(rows[0]!.slice(0, 3)).toEqual(["Школа", "Код", "Статус"]);
    expect(rows[1]!.slice(0, 9)).toEqual([
      "МБОУ СОШ №21",
      "s21",
      "сдано",
      1,
      new Date("2024-05-20T07:30:00Z"),
      30,
      1,
      1,
      0,
    ]);
    // «Получено» is a real date cell, shown in the spreadsheet's zone (Moscow, UTC+3).
    const summarySheet = env.book.sheet("Сводка");
    expect(summarySheet.getRange("E2").getDisplayValue()).toBe("20.05.2024 10:30");
    expect(summarySheet.cell("E2").format).toBe("dd.mm.yyyy hh:mm");
    expect(rows[2]![2]).toBe("не сдано");
    expect(rows[3]![2]).toBe("черновик (есть ошибки)");
    expect(env.book.sheet("Сводка по пунктам").dump()[1]!.slice(0, 2)).toEqual([
      "1.1",
      "=Подготовка приказа",
    ]);
    const indicators = env.book.sheet("Сводка: показатели").dump();
    expect(indicators).toHaveLength(2);
    expect(indicators[1]!.slice(0, 5)).toEqual(["3.6", "Доля педагогов-наставников", 15, 22, 68]);
  });

  it("never turns a school's text into a formula", () => {
    const env = department();
    env.call("collectSummary");
    expect(allFormulas(env)).toEqual([]);
    const rows = env.book.sheet("Сводка").dump();
    expect(rows[2]![0]).toBe(ORGS[1]!.name);
    expect(rows[3]![0]).toBe("+7 школа");
  });

  it("writes each block with a single setValues, whatever the number of schools", () => {
    const counts = [3, 300].map((n) => {
      const orgs = Array.from({ length: n }, (_, i) => ({
        orgId: `s${i}`,
        name: `Школа ${i}`,
        status: (i % 2 ? "submitted" : "not-submitted") as "submitted" | "not-submitted",
      }));
      const env = department(orgs);
      env.call("collectSummary"); // first run creates the sheets
      env.log.reset();
      env.call("collectSummary");
      return env.log.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!["Range.setValues"]).toBe(4); // summary, items, indicators, «Замечания»
  });

  it("keeps the department's own columns on the same school's row after a refresh", () => {
    const env = department();
    env.call("collectSummary");
    const sheet = env.book.sheet("Сводка");
    sheet.getRange("O1").setValue("Куратор");
    sheet.getRange("O2").setValue("Петрова");
    sheet.getRange("P2").setValue("=F2*2");
    sheet.getRange("O4").setValue("Сидоров").setBackground("#abcdef");
    // next time: a new school, a school gone, a different order
    env.urlFetch.respond(() => ({
      body: summary([
        { orgId: "s9", name: "Новая школа", status: "late" },
        { orgId: "s7", name: "+7 школа", status: "submitted" },
        { orgId: "s21", name: "МБОУ СОШ №21", status: "submitted" },
      ]),
    }));
    expect(env.call("collectSummary").ok).toBe(true);
    const rows = sheet.dump();
    expect(rows.map((r) => r[1])).toEqual(["Код", "s21", "s5", "s7", "s9"]);
    expect(rows[1]![14]).toBe("Петрова");
    expect(sheet.cell("P2").formula).toBe("=F2*2");
    expect(rows[3]![14]).toBe("Сидоров");
    expect(sheet.cell("O4").background).toBe("#abcdef");
    expect(rows[2]![2]).toBe("нет в кампании");
    expect(rows[3]![2]).toBe("сдано");
    expect(rows[4]!.slice(0, 3)).toEqual(["Новая школа", "s9", "сдано с опозданием"]);
  });
  it("shows each school's review state, the department's comment with item remarks, and a newer draft", () => {
    const env = department();
    const s = summary(ORGS);
    s.orgs[0]!.review = {
      state: "returned",
      version: 1,
      comment: "=нет ссылок",
      items: [{ code: "1.1", comment: "приложите приказ" }],
      reviewedBy: "uo@example.org",
      reviewedAt: "2024-05-21T07:00:00Z",
    };
    s.orgs[0]!.newerDraft = { version: 3, receivedAt: "2024-05-22T07:00:00Z" };
    env.urlFetch.respond(summaryRoute(s));
    expect(env.call("collectSummary").ok).toBe(true);
    const sheet = env.book.sheet("Сводка");
    const row = sheet.dump().find((r) => r[1] === s.orgs[0]!.orgId)!;
    expect(row.slice(11, 14)).toEqual([
      "возвращено на доработку",
      "=нет ссылок; 1.1: приложите приказ",
      "версия 3: черновик, не засчитан",
    ]);
    // the comment came from a person: text, never a formula
    expect(allFormulas(env)).toEqual([]);
  });

  it("«Замечания»: one row per finding with school, group, item code as text, activity, problem and cell", () => {
    const env = department();
    const s = summary(ORGS);
    s.groups = [
      {
        orgId: "uo-sp",
        name: "Управление образования",
        counts: { total: 3, notSubmitted: 1, draft: 1, submitted: 1, late: 0 },
        completion: { done: 5, required: 30 },
        overdue: 1,
        missing: 2,
      },
    ];
    s.findings = [
      {
        orgId: "s21",
        code: "overdue",
        severity: "warning",
        itemCode: "1.1",
        activity: "=Подготовка приказа",
        row: 7,
        column: "G",
        message: "Срок прошёл, а пункт не выполнен.",
      },
      {
        orgId: "s5",
        code: "missing-item",
        severity: "error",
        itemCode: "2.1",
        activity: "Банк наставляемых",
        row: null,
        column: null,
        message: "Нет обязательного пункта 2.1 «Банк наставляемых».",
      },
    ];
    env.urlFetch.respond(summaryRoute(s));
    expect(env.call("collectSummary").value.sheets).toContain("Замечания");
    const sheet = env.book.sheet("Замечания");
    expect(sheet.dump()).toEqual([
      ["Школа", "Код организации", "Группа", "Пункт", "Мероприятие", "Замечание", "Важность", "Ячейка"],
      [
        ORGS[0]!.name,
        "s21",
        "Управление образования",
        "1.1",
        "=Подготовка приказа",
        "Срок прошёл, а пункт не выполнен.",
        "предупреждение",
        "G7",
      ],
      [
        ORGS[1]!.name,
        "s5",
        "Управление образования",
        "2.1",
        "Банк наставляемых",
        "Нет обязательного пункта 2.1 «Банк наставляемых».",
        "ошибка",
        "",
      ],
    ]);
    // «1.1» stays text (a Russian-locale sheet would make it a date), the activity is not a formula
    expect(sheet.cell("D2").value).toBe("1.1");
    expect(allFormulas(env)).toEqual([]);
    expect(sheet.frozenRows).toBe(1);
  });

  it("a sheet from the narrower layout keeps the department's columns: they move right, not overwritten", () => {
    const env = department();
    const sheet = env.book.addSheet("Сводка", [
      [
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
        "Куратор",
      ],
      ["МБОУ СОШ №21", "s21", "сдано", 1, "", 50, 0, 0, 0, 0, "", "Петрова"],
    ]);
    expect(env.call("collectSummary").ok).toBe(true);
    const rows = sheet.dump();
    expect(rows[0]!.slice(11, 15)).toEqual(["Проверка", "Комментарий проверки", "Новый черновик", "Куратор"]);
    expect(rows[1]![1]).toBe("s21");
    expect(rows[1]![14]).toBe("Петрова");
    // a second refresh moves nothing again
    expect(env.call("collectSummary").ok).toBe(true);
    expect(sheet.dump()[1]![14]).toBe("Петрова");
  });

  it("writes ids and codes as text, so «007» and «1.1» survive a refresh unchanged", () => {
    const env = department([{ orgId: "007", name: "2024", status: "submitted" }]);
    env.call("collectSummary");
    env.call("collectSummary");
    const rows = env.book.sheet("Сводка").dump();
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 3)).toEqual(["2024", "007", "сдано"]);
    expect(env.book.sheet("Сводка по пунктам").dump()[1]![0]).toBe("1.1");
  });

  it("colours statuses without dropping the department's own conditional formats, and keeps one chart", () => {
    const env = department();
    env.call("collectSummary");
    const sheet = env.book.sheet("Сводка");
    const theirs = {
      text: "их правило",
      background: "#000000",
      ranges: [sheet.getRange("L2:L10")],
      getRanges() {
        return this.ranges;
      },
    };
    sheet.conditionalRules.push(theirs as never);
    env.call("collectSummary");
    const texts = sheet.conditionalRules.map((r) => r.text);
    expect(texts).toContain("их правило");
    expect(texts.filter((t) => t === "сдано")).toHaveLength(1);
    expect(texts).toContain("не сдано");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]!.type).toBe("BAR");
    expect(sheet.charts[0]!.getOptions().get("title")).toMatch(/Выполнение/);
    expect(sheet.charts[0]!.ranges.map((r) => r.getColumn())).toEqual([1, 6]);
  });

  it("writes every level of the roll-up, each indented under its parent, in one setValues", () => {
    const env = department();
    const s = summary(ORGS);
    const group = (orgId: string, name: string, parentId: string | null, depth: number, total: number) => ({
      orgId,
      name,
      parentId,
      depth,
      counts: { total, notSubmitted: 0, draft: 0, submitted: total, late: 0 },
      completion: { done: total, required: total * 2 },
      overdue: 0,
      missing: 0,
    });
    s.tree = [
      group("tomsk", "Томская область", null, 0, 3),
      group("mx", "ГО Стрежевой", "tomsk", 1, 2),
      group("kx", "Куст «Север»", "mx", 2, 1),
      group("my", "Каргасокский район", "tomsk", 1, 1),
    ];
    env.urlFetch.respond(() => ({ body: s }));
    expect(env.call("collectSummary").ok).toBe(true);
    const rows = env.book.sheet("Сводка: территории").dump();
    expect(rows.slice(1).map((r) => [r[0], r[1], r[6]])).toEqual([
      ["Томская область", 3, 50],
      ["    ГО Стрежевой", 2, 50],
      ["        Куст «Север»", 1, 50],
      ["    Каргасокский район", 1, 50],
    ]);
  });

  it("adds the level-up sheet (municipality → schools) when the worker sends groups", () => {
    const env = department();
    const withGroups = summary(ORGS);
    withGroups.groups = [
      {
        orgId: "mo-sp",
        name: "Сергиево-Посадский г.о.",
        counts: { total: 22, notSubmitted: 3, draft: 2, submitted: 15, late: 2 },
        completion: { done: 120, required: 220 },
        overdue: 7,
        missing: 4,
      },
    ];
    env.urlFetch.respond(() => ({ body: withGroups }));
    const r = env.call("collectSummary");
    expect(r.value.sheets).toContain("Сводка: территории");
    expect(env.book.sheet("Сводка: территории").dump()[1]).toEqual([
      "Сергиево-Посадский г.о.",
      22,
      15,
      2,
      2,
      3,
      55,
      7,
      4,
    ]);
  });

  it("reports an unreachable worker in Russian", () => {
    const env = department();
    env.urlFetch.respond(() => ({ throws: "DNS error" }));
    expect(env.call("collectSummary")).toMatchObject({ ok: false, code: "unreachable" });
  });
});

describe("reminders", () => {
  function withMembers(body = summary(ORGS)) {
    const env = department();
    env.urlFetch.respond((req) => {
      if (req.url.endsWith("/summary")) return { body };
      const org = /orgs\/([^/]+)\/members/.exec(req.url)?.[1];
      if (org) {
        return {
          body: {
            members: [
              { orgId: org, email: `${org}@school.example`, role: "school" },
              { orgId: org, email: "boss@uo.example", role: "department" },
            ],
          },
        };
      }
      return { status: 404, body: {} };
    });
    return env;
  }

  it("lists the schools that have not submitted (or only have a draft) with their addresses", () => {
    const env = withMembers();
    const r = env.call("prepareReminders");
    expect(r.ok).toBe(true);
    const notSubmitted = { reason: "not-submitted", reasonText: "не сдали", comment: "" };
    expect(r.value.schools).toEqual([
      { orgId: "s5", name: ORGS[1]!.name, emails: ["s5@school.example"], ...notSubmitted },
      { orgId: "s7", name: "+7 школа", emails: ["s7@school.example"], ...notSubmitted },
    ]);
    expect(env.mail.sent).toHaveLength(0);
    // members of both schools came in one fetchAll
    expect(env.log.count("UrlFetchApp.fetchAll")).toBe(1);
  });

  it("sends one email per confirmed school, and nothing to schools that were not confirmed", () => {
    const env = withMembers();
    const r = env.call("sendReminderEmails", ["s5"]);
    expect(r).toEqual({ ok: true, value: { sent: 1, left: 0, message: "Отправлено 1 письмо." } });
    expect(env.mail.sent).toEqual([
      expect.objectContaining({ to: "s5@school.example", subject: expect.stringMatching(/Напоминание/) }),
    ]);
    expect(env.mail.sent[0]!.body).toContain("10.06.2024");
    expect(env.call("sendReminderEmails", ["s21"])).toMatchObject({ ok: false, code: "no-recipients" });
  });

  it("sends what today's mail quota allows and says how many are left (issue 10)", () => {
    const env = withMembers();
    env.mail.quota = 1;
    const r = env.call("sendReminderEmails", ["s5", "s7"]);
    expect(r.value).toMatchObject({ sent: 1, left: 1 });
    expect(r.value.message).toMatch(
      /^Отправлено 1 письмо\. Не поместилось в дневной лимит Google: 1 письмо\./,
    );
    expect(env.mail.sent).toHaveLength(1);
    expect(r.value.message).toMatch(/с листа «Напоминания»/);
    // every address and the letter stay on the sheet «Напоминания», sent or not
    const rows = env.book.sheet("Напоминания").getDataRange().getValues();
    expect(rows[0]).toEqual(["Школа", "Email", "Тема", "Письмо", "Отправлено"]);
    expect(rows.slice(1).map((row) => [row[1], String(row[4]).startsWith("отправлено")])).toEqual([
      ["s5@school.example", true],
      ["s7@school.example", false],
    ]);
    expect(String(rows[1]![3])).toContain("10.06.2024");
    const spent = env.call("sendReminderEmails", ["s7"]);
    expect(spent).toMatchObject({ ok: false, code: "mail-quota" });
    expect(spent.message).toMatch(/на листе «Напоминания»/);
  });

  it("also reminds a school whose report was returned, with the department's remarks in the letter", () => {
    const s = summary(ORGS);
    const accepted = s.orgs.find((o) => o.orgId === "s21")!;
    accepted.review = {
      state: "returned",
      version: 1,
      comment: "Нет ссылок на приказы",
      items: [{ code: "1.1", comment: "приложите приказ" }],
      reviewedBy: "uo@example.org",
      reviewedAt: "2024-05-21T07:00:00Z",
    };
    const env = withMembers(s);
    const r = env.call("prepareReminders");
    expect(r.value.schools.find((x: { orgId: string }) => x.orgId === "s21")).toEqual({
      orgId: "s21",
      name: accepted.name,
      emails: ["s21@school.example"],
      reason: "returned",
      reasonText: "возвращено",
      comment: "Нет ссылок на приказы; 1.1: приложите приказ",
    });
    expect(env.call("sendReminderEmails", ["s21", "s5"])).toMatchObject({
      ok: true,
      value: { sent: 2, left: 0 },
    });
    const letter = env.mail.sent.find((m: { to: string }) => m.to === "s21@school.example")!;
    expect(letter.subject).toBe("Отчёт по дорожной карте ЦМН возвращён на доработку");
    expect(letter.body).toContain("Замечания: Нет ссылок на приказы; 1.1: приложите приказ");
    const other = env.mail.sent.find((m: { to: string }) => m.to === "s5@school.example")!;
    expect(other.subject).toMatch(/^Напоминание/);
  });
});
