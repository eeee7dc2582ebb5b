import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error build.mjs is plain JavaScript without type declarations
import { build } from "../../addon/build.mjs";
import { CreatedInvitationsSchema, InvitationSchema, JoinedSchema } from "../../shared/api/invitations.ts";
import { buildAddon, loadAddon } from "./fakes/load-addon.ts";
import { campaign, configure, problem, receipt, summary, WORKER } from "./worker-fixtures.ts";

// Issue 10 in the bundled add-on: the worker address built in, the one-click menu, «Подключиться по
// коду», invitations for the sheet «Школы» and mail within the daily quota.

const CUSTOM = "https://svodka.uo-tomsk.ru";
let plain = "";
let builtIn = "";
beforeAll(async () => {
  [plain, builtIn] = await Promise.all([buildAddon(), buildAddon(`${CUSTOM}/`)]);
});

const joined = JoinedSchema.parse({ orgId: "s21", orgName: "МОУ СОШ № 21", campaign });

describe("the worker's address built in at build time", () => {
  it("derives the manifest's urlFetchWhitelist from SVODKA_WORKER_URL, custom domains and paths included", async () => {
    const manifest = JSON.parse(readFileSync(join(builtIn, "appsscript.json"), "utf8"));
    expect(manifest.urlFetchWhitelist).toEqual([`${CUSTOM}/`]);
    const withPath = mkdtempSync(join(tmpdir(), "svodka-addon-"));
    await build({ outDir: withPath, quiet: true, workerUrl: "https://apps.example.org/svodka/" });
    expect(JSON.parse(readFileSync(join(withPath, "appsscript.json"), "utf8")).urlFetchWhitelist).toEqual([
      "https://apps.example.org/svodka/",
    ]);
    const http = mkdtempSync(join(tmpdir(), "svodka-addon-"));
    await expect(
      build({ outDir: http, quiet: true, workerUrl: "http://svodka.example.org" }),
    ).rejects.toThrow(/https/);
  });

  it("a build without it keeps the workers.dev allowlist and asks for an address in «Настройки»", () => {
    const manifest = JSON.parse(readFileSync(join(plain, "appsscript.json"), "utf8"));
    expect(manifest.urlFetchWhitelist).toEqual(["https://*.workers.dev/"]);
    const state = loadAddon(plain).call("getState");
    expect(state.value).toMatchObject({ workerUrl: "", builtInWorkerUrl: false });
  });

  it("the add-on talks to the built-in address with nothing configured", () => {
    const env = loadAddon(builtIn);
    expect(env.call("getState").value).toMatchObject({ workerUrl: CUSTOM, builtInWorkerUrl: true });
    env.urlFetch.respond(() => ({ body: joined }));
    expect(env.call("joinWithCode", "ABCD-EFGH").ok).toBe(true);
    expect(env.urlFetch.requests[0]!.url).toBe(`${CUSTOM}/api/v1/join`);
  });
});

describe("the one-click menu", () => {
  it("is built in every auth mode without the network, each item bound to a real top-level function", () => {
    for (const authMode of ["NONE", "LIMITED", "FULL"]) {
      const env = loadAddon(builtIn);
      env.run("onOpen", { authMode });
      const items = env.ui.menus[0]!.items;
      expect(items.map(([caption]) => caption)).toEqual([
        "Проверить лист",
        "Отправить",
        "Собрать сводку",
        "Подключиться по коду",
        "Открыть панель",
      ]);
      const code = readFileSync(join(builtIn, "Code.js"), "utf8");
      for (const [, fn] of items) {
        expect(typeof env.context[fn]).toBe("function");
        expect(code).toMatch(new RegExp(`^function ${fn}\\(\\)`, "m"));
      }
      expect(env.urlFetch.requests).toHaveLength(0);
      const used = new Set(Object.keys(env.log.snapshot()).map((k) => k.split(".")[0]));
      expect(used).toEqual(new Set(["SpreadsheetApp", "Ui", "Menu"]));
    }
  });

  it("«Отправить» sends the active sheet and says the receipt in a toast", () => {
    const env = loadAddon(plain);
    configure(env);
    env.book.addSheet("Лист1", [["Дорожная карта"], ["№", "Мероприятие", "Срок"], ["1", "Приказ", "май"]]);
    env.urlFetch.respond((req) => ({ status: 201, body: receipt(JSON.parse(req.payload!).submissionId) }));
    env.run("menuSubmit");
    expect(env.book.toasts.at(-1)).toMatch(/^Отчёт отправлен: версия 1, .*Ошибок: 0, предупреждений: 2\.$/);
  });

  it("«Отправить» without a campaign says what to do, in a toast, without the network", () => {
    const env = loadAddon(plain);
    env.book.addSheet("Лист1", [["a"]]);
    env.run("menuSubmit");
    expect(env.book.toasts.at(-1)).toMatch(/Настройки/);
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("«Собрать сводку» writes the summary and counts schools with Russian plurals", () => {
    const env = loadAddon(plain);
    configure(env);
    env.urlFetch.respond(() => ({
      body: summary([
        { orgId: "s21", name: "СОШ № 21", status: "submitted" },
        { orgId: "s5", name: "СОШ № 5", status: "not-submitted" },
      ]),
    }));
    env.run("menuSummary");
    expect(env.book.toasts.at(-1)).toBe("Сводка собрана: 2 школы, сдали 1, не сдали 1.");
  });
});

describe("empty states say what to do next", () => {
  it("an empty sheet points at the template; an unconnected spreadsheet at the code", () => {
    const env = loadAddon(plain);
    env.book.addSheet("Лист1", []);
    expect(env.call("validateSheet").message).toMatch(/Вставьте шаблон отчёта/);
    env.run("menuSubmit");
    expect(env.book.toasts.at(-1)).toMatch(/Настройки/);
  });
});

describe("«Подключиться по коду»", () => {
  it("joins with the pasted code, binds the spreadsheet to the campaign and inserts the template on «Да»", () => {
    const env = loadAddon(builtIn);
    env.ui.promptAnswers.push({ button: "OK", text: " kp7m 4xq2 " });
    env.ui.answers.push("YES");
    env.urlFetch.respond((req) =>
      req.url.endsWith("/api/v1/join") ? { body: joined } : { status: 404, body: {} },
    );
    env.run("menuJoin");
    const req = env.urlFetch.requests[0]!;
    expect(req.method).toBe("post");
    expect(JSON.parse(req.payload!)).toEqual({ code: "kp7m 4xq2" });
    expect(req.headers["Authorization"]).toBe("Bearer fake-id-token");
    expect(env.ui.alerts[0]).toContain("МОУ СОШ № 21");
    expect(env.ui.alerts[0]).toContain("10.06.2024");
    expect(env.ui.alerts[0]).toMatch(/Вставить шаблон отчёта/);
    expect(env.ui.alerts[1]).toMatch(/^Шаблон вставлен на лист/);
    expect(env.book.sheets.length).toBe(1);
    const state = env.call("getState").value;
    expect(state.campaign).toMatchObject({ id: campaign.id, templateId: "school-roadmap" });
  });

  it("says the worker's Russian reason for a revoked code and binds nothing", () => {
    const env = loadAddon(builtIn);
    env.ui.promptAnswers.push({ button: "OK", text: "KP7M-4XQ2" });
    env.urlFetch.respond(() =>
      problem(410, "invitation-revoked", "Приглашение отозвано управлением образования."),
    );
    env.run("menuJoin");
    expect(env.ui.alerts).toEqual(["Приглашение отозвано управлением образования."]);
    expect(env.call("getState").value.campaign).toBeNull();
  });

  it("does nothing on «Отмена»", () => {
    const env = loadAddon(builtIn);
    env.run("menuJoin");
    expect(env.ui.prompts).toHaveLength(1);
    expect(env.urlFetch.requests).toHaveLength(0);
    expect(env.ui.alerts).toHaveLength(0);
  });
});

describe("invitations from the sheet «Школы» and mail within the daily quota", () => {
  function department() {
    const env = loadAddon(plain);
    configure(env);
    env.book.addSheet("Школы", [
      ["Школа", "Код (необязательно)", "Email методиста", "Роль", "Результат"],
      ["МОУ СОШ № 21", "", "uvr21@example.org", "", ""],
      ["МОУ СОШ № 21", "", "second21@example.org", "", ""],
      ["СОШ № 5", "s5", "", "", ""],
      // typed with an apostrophe: the cell holds the text itself (bare, Sheets would make it a formula)
      ['\'=IMPORTXML("x")', "", "x@example.org", "", ""],
    ]);
    env.urlFetch.respond((req) => {
      if (req.url === `${WORKER}/api/v1/campaigns/${campaign.id}`) return { body: campaign };
      if (req.url === `${WORKER}/api/v1/orgs/${campaign.orgId}`) {
        return {
          body: {
            id: campaign.orgId,
            parentId: null,
            name: "УО",
            kind: "municipality",
            children: [
              { id: "s21", parentId: campaign.orgId, name: "МОУ  СОШ № 21", kind: "school" },
              { id: "s5", parentId: campaign.orgId, name: "СОШ № 5", kind: "school" },
            ],
          },
        };
      }
      if (req.url.endsWith("/invitations") && req.method === "post") {
        const body = JSON.parse(req.payload!) as { schools: { orgId: string; email?: string }[] };
        return {
          status: 201,
          body: CreatedInvitationsSchema.parse({
            invitations: body.schools.map((s, i) => ({
              id: `inv${i}`,
              campaignId: campaign.id,
              orgId: s.orgId,
              orgName: s.orgId,
              email: s.email ?? null,
              state: "active",
              expiresAt: "2024-07-01T00:00:00.000Z",
              createdBy: "dept@example.org",
              createdAt: "2024-06-01T00:00:00.000Z",
              revokedAt: null,
              uses: [],
              code: `CODE-000${i}`,
              link: `${WORKER}/i/${"x".repeat(31)}${i}`,
            })),
          }),
        };
      }
      return { status: 404, body: {} };
    });
    return env;
  }

  it("creates one invitation per school of the campaign and writes addresses, codes, links and letters", () => {
    const env = department();
    const r = env.call("inviteSchools");
    expect(r.ok, r.message).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.method === "post")!;
    expect(JSON.parse(post.payload!)).toEqual({
      schools: [{ orgId: "s21", email: "uvr21@example.org" }, { orgId: "s5" }],
    });
    const rows = env.book.sheet("Приглашения").getDataRange().getValues();
    expect(rows[0]).toEqual(["Школа", "Email", "Код", "Ссылка", "Действует до", "Письмо", "Отправлено"]);
    expect(rows[1]!.slice(0, 5)).toEqual([
      "МОУ СОШ № 21",
      "uvr21@example.org",
      "CODE-0000",
      `${WORKER}/i/${"x".repeat(31)}0`,
      "01.07.2024",
    ]);
    expect(rows[1]![5]).toContain("Ваш код: CODE-0000");
    expect(rows[1]![5]).toContain("до 10.06.2024");
    // a school that does not take part is listed with the reason, its text made inert
    // written as '=… so Sheets keeps it as text, not a formula
    expect(rows[3]![0]).toBe('=IMPORTXML("x")');
    expect(env.book.sheet("Приглашения").getDataRange().getFormulas()[3]![0]).toBe("");
    expect(rows[3]![6]).toMatch(/не участвует/);
    expect(r.value.message).toMatch(/^Создано 2 приглашения: лист «Приглашения»/);
    expect(r.value.message).toMatch(/Сегодня можно отправить ещё 100 писем\./);
  });

  it("mails what today's quota allows, marks the rows and says what is left for tomorrow", () => {
    const env = department();
    env.book.sheet("Школы").load([
      ["Школа", "Код (необязательно)", "Email методиста", "Роль", "Результат"],
      ["МОУ СОШ № 21", "s21", "a@example.org", "", ""],
      ["СОШ № 5", "s5", "b@example.org", "", ""],
    ]);
    expect(env.call("inviteSchools").ok).toBe(true);
    env.mail.quota = 1;
    const first = env.call("mailInvitations");
    expect(first.value).toMatchObject({ sent: 1, left: 1 });
    expect(first.value.message).toBe(
      "Отправлено 1 письмо. Не поместилось в дневной лимит Google: 1 письмо. Отправьте их завтра или сами — с листа «Приглашения».",
    );
    expect(env.mail.sent.map((m) => m.to)).toEqual(["a@example.org"]);
    expect(env.mail.sent[0]!.body).toContain("CODE-0000");
    expect(env.mail.sent[0]!.subject).toContain(campaign.name);
    // the next day: only the one left goes
    env.mail.quota = 100;
    const second = env.call("mailInvitations");
    expect(second.value).toMatchObject({ sent: 1, left: 0 });
    expect(env.mail.sent.map((m) => m.to)).toEqual(["a@example.org", "b@example.org"]);
    expect(env.call("mailInvitations")).toMatchObject({ ok: false, code: "nothing-to-send" });
  });

  it("a row without an address is left for the department's own mail", () => {
    const env = department();
    expect(env.call("inviteSchools").ok).toBe(true);
    env.call("mailInvitations");
    const rows = env.book.sheet("Приглашения").getDataRange().getValues();
    expect(rows[2]![6]).toBe("нет адреса — отправьте сами");
  });
});

describe("the campaign's invitations in the sidebar: list and «Отозвать»", () => {
  const invitation = (id: string, orgName: string, extra: Record<string, unknown> = {}) =>
    InvitationSchema.parse({
      id,
      campaignId: campaign.id,
      orgId: `org-${id}`,
      orgName,
      email: null,
      state: "active",
      expiresAt: "2024-07-01T00:00:00.000Z",
      createdBy: "dept@example.org",
      createdAt: "2024-06-01T00:00:00.000Z",
      revokedAt: null,
      uses: [],
      ...extra,
    });
  const use = {
    kind: "join",
    email: "m@example.org",
    submissionId: null,
    usedAt: "2024-06-02T10:00:00.000Z",
  };

  function department() {
    const env = loadAddon(plain);
    configure(env);
    const list = [
      invitation("i1", "СОШ № 5"),
      invitation("i2", "МОУ СОШ № 21", { uses: [use] }),
      invitation("i3", "Гимназия № 2", { state: "revoked", revokedAt: "2024-06-03T09:00:00.000Z" }),
      invitation("i4", "Лицей № 1", { state: "expired", expiresAt: "2024-05-01T00:00:00.000Z" }),
    ];
    env.urlFetch.respond((req) => {
      if (req.url === `${WORKER}/api/v1/campaigns/${campaign.id}/invitations` && req.method === "get") {
        return { body: { invitations: list } };
      }
      const revoke = /\/api\/v1\/invitations\/([^/]+)\/revoke$/.exec(req.url);
      if (revoke && req.method === "post") {
        const i = list.findIndex((inv) => inv.id === revoke[1]);
        if (i < 0) return problem(404, "invitation-not-found", "Приглашение не найдено.");
        list[i] = { ...list[i]!, state: "revoked", revokedAt: "2024-06-04T09:00:00.000Z" };
        return { body: list[i] };
      }
      return { status: 404, body: {} };
    });
    return { env, list };
  }

  it("lists school, state in Russian, expiry and uses; only live ones can be revoked", () => {
    const { env } = department();
    const r = env.call("listInvitations");
    expect(r.ok, r.message).toBe(true);
    expect(env.urlFetch.requests.map((q) => [q.method, q.url])).toEqual([
      ["get", `${WORKER}/api/v1/campaigns/${campaign.id}/invitations`],
    ]);
    expect(r.value.campaignName).toBe(campaign.name);
    expect(
      r.value.invitations.map((i: Record<string, unknown>) => [
        i.school,
        i.stateText,
        i.expiresText,
        i.usesText,
        i.revocable,
      ]),
    ).toEqual([
      ["Гимназия № 2", "отозвано", "до 01.07.2024", "использований: 0", false],
      ["Лицей № 1", "истекло", "до 01.05.2024", "использований: 0", false],
      ["МОУ СОШ № 21", "использовано", "до 01.07.2024", "использований: 1", true],
      ["СОШ № 5", "действует", "до 01.07.2024", "использований: 0", true],
    ]);
  });

  it("revokes one invitation and answers the fresh list with a note", () => {
    const { env } = department();
    const r = env.call("revokeInvitation", "i1");
    expect(r.ok, r.message).toBe(true);
    expect(env.urlFetch.requests.map((q) => [q.method, q.url])).toEqual([
      ["post", `${WORKER}/api/v1/invitations/i1/revoke`],
      ["get", `${WORKER}/api/v1/campaigns/${campaign.id}/invitations`],
    ]);
    expect(r.value.message).toBe("Приглашение школы «СОШ № 5» отозвано.");
    const line = r.value.invitations.find((i: { id: string }) => i.id === "i1");
    expect(line).toMatchObject({ state: "revoked", stateText: "отозвано", revocable: false });
  });

  it("shows the worker's Russian error as it is, and an empty list is a list", () => {
    const { env, list } = department();
    const r = env.call("revokeInvitation", "nope");
    expect(r).toMatchObject({ ok: false, code: "invitation-not-found", message: "Приглашение не найдено." });
    env.urlFetch.respond(() =>
      problem(403, "forbidden", "Эта кампания принадлежит другому управлению образования."),
    );
    expect(env.call("listInvitations")).toMatchObject({
      ok: false,
      message: "Эта кампания принадлежит другому управлению образования.",
    });
    list.length = 0;
    env.urlFetch.respond(() => ({ body: { invitations: [] } }));
    expect(env.call("listInvitations").value.invitations).toEqual([]);
  });

  it("both are top-level functions of the bundle", () => {
    const code = readFileSync(join(plain, "Code.js"), "utf8");
    expect(code).toContain("function listInvitations() {");
    expect(code).toContain("function revokeInvitation() {");
  });
});
