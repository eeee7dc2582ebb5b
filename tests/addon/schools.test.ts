// «Школы и участники» in the bundled Code.js: a worker that keeps its organisations and members in
// memory and answers with the shared zod schemas, so applying really changes what the next read sees.
import { describe, expect, it } from "vitest";
import type { MemberRole } from "../../shared/api/common.ts";
import {
  AddMemberSchema,
  ChangeRoleSchema,
  CreateOrgSchema,
  MemberListSchema,
  MemberSchema,
  type Org,
  OrgDetailSchema,
  OrgSchema,
} from "../../shared/api/orgs.ts";
import { type AddonEnv, bundledAddon } from "./fakes/load-addon.ts";
import type { FetchRecord, FetchReply } from "./fakes/services.ts";
import { configure, problem, WORKER } from "./worker-fixtures.ts";

const addon = bundledAddon();

const EVIL_NAME = '=HYPERLINK("http://evil.example","Школа")';

class FakeOrgs {
  orgs: Org[] = [
    { id: "uo", parentId: null, name: "Управление образования г. Стрежевой", kind: "municipality" },
    { id: "s1", parentId: "uo", name: "МБОУ СОШ № 1", kind: "school" },
    { id: "s2", parentId: "uo", name: EVIL_NAME, kind: "school" },
  ];
  members = new Map<string, { email: string; role: MemberRole }[]>([
    ["s1", [{ email: "metodist1@x.ru", role: "school" }]],
    ["s2", []],
  ]);
  posts: FetchRecord[] = [];
  next = 1;

  reply(req: FetchRecord, override?: (req: FetchRecord) => FetchReply | undefined): FetchReply {
    const own = override?.(req);
    if (own) return own;
    const path = req.url.slice(WORKER.length);
    if (req.method === "post" || req.method === "patch") this.posts.push(req);
    let m = /^\/api\/v1\/orgs\/([^/]+)$/.exec(path);
    if (req.method === "get" && m) {
      const org = this.orgs.find((o) => o.id === m![1]);
      if (!org) return problem(404, "org-not-found", "Организация не найдена.");
      return {
        body: OrgDetailSchema.parse({ ...org, children: this.orgs.filter((o) => o.parentId === org.id) }),
      };
    }
    m = /^\/api\/v1\/orgs\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (req.method === "patch" && m) {
      // a role change, as the worker's PATCH …/members/{email}
      const orgId = decodeURIComponent(m[1]!);
      const email = decodeURIComponent(m[2]!);
      const { role } = ChangeRoleSchema.parse(JSON.parse(req.payload!));
      const list = this.members.get(orgId) ?? [];
      if (!list.some((x) => x.email === email))
        return problem(404, "member-not-found", "Нет такого участника.");
      this.members.set(orgId, [...list.filter((x) => x.email !== email), { email, role }]);
      return { body: MemberSchema.parse({ orgId, email, role }) };
    }
    m = /^\/api\/v1\/orgs\/([^/]+)\/members$/.exec(path);
    if (m) {
      const orgId = decodeURIComponent(m[1]!);
      const list = this.members.get(orgId) ?? [];
      if (req.method === "get") {
        return { body: MemberListSchema.parse({ members: list.map((x) => ({ orgId, ...x })) }) };
      }
      const body = AddMemberSchema.parse(JSON.parse(req.payload!));
      // as the worker: POST adds, never changes a role
      const current = list.find((x) => x.email === body.email);
      if (current && current.role !== body.role) return problem(409, "member-exists", "Уже участник.");
      if (current) return { body: MemberSchema.parse({ orgId, ...body }) };
      this.members.set(orgId, [...list, { email: body.email, role: body.role }]);
      return { status: 201, body: MemberSchema.parse({ orgId, ...body }) };
    }
    if (req.method === "post" && path === "/api/v1/orgs") {
      const body = CreateOrgSchema.parse(JSON.parse(req.payload!));
      const id = body.id ?? `gen-${this.next++}`;
      if (this.orgs.some((o) => o.id === id)) {
        return problem(409, "org-conflict", `Организация с идентификатором «${id}» уже существует.`);
      }
      const org = OrgSchema.parse({ id, parentId: body.parentId, name: body.name, kind: body.kind });
      this.orgs.push(org);
      this.members.set(id, []);
      return { status: 201, body: org };
    }
    return problem(404, "not-found", "Ресурс не найден.");
  }
}

function department(override?: (req: FetchRecord) => FetchReply | undefined) {
  const env = addon();
  env.book.addSheet("Лист1");
  configure(env);
  const worker = new FakeOrgs();
  env.urlFetch.respond((req) => worker.reply(req, override));
  return { env, worker };
}

function openSheet(env: AddonEnv) {
  const r = env.call("openSchoolsSheet", "uo");
  expect(r.ok, r.message).toBe(true);
  return env.book.sheet("Школы");
}

describe("«Школы и участники»", () => {
  it("creates the sheet «Школы» prefilled from the worker's tree, with a role dropdown", () => {
    const { env } = department();
    env.log.reset();
    const r = env.call("openSchoolsSheet", "uo");
    expect(r).toEqual({ ok: true, value: { sheetName: "Школы", created: true, rows: 2 } });
    const sheet = env.book.sheet("Школы");
    expect(sheet.dump()).toEqual([
      ["Школа", "Код (необязательно)", "Email методиста", "Роль", "Результат"],
      ["МБОУ СОШ № 1", "s1", "metodist1@x.ru", "школа", ""],
      [EVIL_NAME, "s2", "", "", ""],
    ]);
    // the formula-looking school name is inert text, not a formula
    expect(sheet.cell("A3").formula).toBe("");
    expect(sheet.cell("D2").validation?.values[0]).toEqual(["школа", "управление", "администратор"]);
    expect(sheet.frozenRows).toBe(1);
    expect(env.book.activeSheet?.getName()).toBe("Школы");
    // the org, then every school's members in one fetchAll; the values in one setValues
    expect(env.log.count("UrlFetchApp.fetch")).toBe(1);
    expect(env.log.count("UrlFetchApp.fetchAll")).toBe(1);
    expect(env.log.count("Range.setValues")).toBe(1);

    // opening again keeps the department's edits
    sheet.load([[], [], [], ["Лицей"]]);
    expect(env.call("openSchoolsSheet", "uo").value).toEqual({ sheetName: "Школы", created: false, rows: 3 });
    expect(sheet.cell("A4").value).toBe("Лицей");
  });

  it("previews counts and row problems with their cells, reading the sheet once, writing nothing", () => {
    const { env, worker } = department();
    const sheet = openSheet(env);
    sheet.load([
      [],
      [],
      [],
      ["Гимназия № 3", "g3", "metodist3@x.ru", "школа"],
      ["Гимназия № 3", "", "zavuch3@x.ru", ""],
      ["", "", "lost@x.ru", ""],
      ["МБОУ СОШ № 1", "", "metodist1@x.ru", "школа"],
      ["Лицей", "", "not an email", ""],
      ["МБОУ СОШ № 1", "s1", "second@x.ru", ""],
    ]);
    env.log.reset();
    const r = env.call("loadSchools", "uo");
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toMatchObject({ sheetName: "Школы", schools: 1, members: 3, roles: 0, unchanged: 2 });
    expect(r.value.problems).toEqual([
      { row: 6, column: "A", cell: "A6", message: "Не указано название школы." },
      { row: 7, column: "C", cell: "C7", message: "Повторяет строку 2." },
      { row: 8, column: "C", cell: "C8", message: "Адрес «not an email» не похож на email." },
    ]);
    expect(env.log.count("Range.getValues")).toBe(1);
    expect(env.log.count("Range.setValues")).toBe(0);
    expect(worker.posts).toEqual([]);
    // a problem's cell is selected like a finding's
    expect(env.call("selectCell", "Школы", 8, "C").ok).toBe(true);
    expect(env.book.activeRange?.getA1Notation()).toBe("C8");
  });

  it("applies exactly the missing schools and members, writes «Результат», and a second apply does nothing", () => {
    const { env, worker } = department();
    const sheet = openSheet(env);
    sheet.load([
      [],
      [],
      // the prefilled row of s2 (formula-looking name) gets its methodist
      ["", "", "new2@x.ru", "школа"],
      ["Гимназия № 3", "g3", "metodist3@x.ru", "школа"],
      ["Гимназия № 3", "", "zavuch3@x.ru", ""],
      ["Лицей «Эврика»", "", "", ""],
      ["", "", "", ""],
      ["Лицей", "", "not an email", ""],
    ]);
    const preview = env.call("loadSchools", "uo").value;
    expect(preview).toMatchObject({ schools: 2, members: 3, unchanged: 1 });
    env.log.reset();
    const r = env.call("applySchools", "uo", preview.planId);
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toEqual({
      sheetName: "Школы",
      schools: 2,
      members: 3,
      roles: 0,
      unchanged: 1,
      failed: 0,
      skipped: 1,
    });
    expect(worker.posts.map((p) => [p.url.slice(WORKER.length), JSON.parse(p.payload!)])).toEqual([
      ["/api/v1/orgs", { parentId: "uo", name: "Гимназия № 3", kind: "school", id: "g3" }],
      ["/api/v1/orgs", { parentId: "uo", name: "Лицей «Эврика»", kind: "school" }],
      ["/api/v1/orgs/s2/members", { email: "new2@x.ru", role: "school" }],
      ["/api/v1/orgs/g3/members", { email: "metodist3@x.ru", role: "school" }],
      ["/api/v1/orgs/g3/members", { email: "zavuch3@x.ru", role: "school" }],
    ]);
    expect(sheet.dump().map((row) => row[4])).toEqual([
      "Результат",
      "без изменений",
      "участник добавлен",
      "школа создана, участник добавлен",
      "участник добавлен",
      "школа создана",
      "",
      "пропущено: Адрес «not an email» не похож на email.",
    ]);
    // creations in one fetchAll, members in another, the result column in one setValues
    expect(env.log.count("Range.setValues")).toBe(1);
    expect(env.log.count("UrlFetchApp.fetchAll")).toBe(3);

    const again = env.call("loadSchools", "uo").value;
    expect(again).toMatchObject({ schools: 0, members: 0, roles: 0, unchanged: 5 });
    worker.posts.length = 0;
    const second = env.call("applySchools", "uo", again.planId);
    expect(second.value).toMatchObject({ schools: 0, members: 0, unchanged: 5, failed: 0 });
    expect(worker.posts).toEqual([]);
    expect(worker.orgs).toHaveLength(5);
  });

  it("refuses a plan that is not the one previewed", () => {
    const { env, worker } = department();
    const sheet = openSheet(env);
    const preview = env.call("loadSchools", "uo").value;
    sheet.load([[], [], [], ["Лицей", "", "", ""]]);
    const r = env.call("applySchools", "uo", preview.planId);
    expect(r).toMatchObject({ ok: false, code: "plan-changed" });
    expect(r.message).toBe(
      "Лист или список школ изменились после проверки. Нажмите «Загрузить школы» ещё раз.",
    );
    expect(r.details.schools).toBe(1);
    expect(worker.posts).toEqual([]);
  });

  it("a role change is sent as PATCH …/members/{email}, never as a second POST", () => {
    const { env, worker } = department();
    const sheet = openSheet(env);
    sheet.load([[], ["МБОУ СОШ № 1", "s1", "metodist1@x.ru", "управление"]]);
    const preview = env.call("loadSchools", "uo").value;
    expect(preview).toMatchObject({ roles: 1 });
    const r = env.call("applySchools", "uo", preview.planId);
    expect(r.value).toMatchObject({ roles: 1, failed: 0 });
    expect(worker.posts.map((p) => [p.method, p.url.slice(WORKER.length), JSON.parse(p.payload!)])).toEqual([
      ["patch", "/api/v1/orgs/s1/members/metodist1%40x.ru", { role: "department" }],
    ]);
    expect(worker.members.get("s1")).toEqual([{ email: "metodist1@x.ru", role: "department" }]);
  });

  it("a 403 from the worker becomes a Russian message, per row on apply and for the whole load", () => {
    const { env } = department((req) =>
      req.url.includes("/members") && req.method !== "get"
        ? problem(403, "forbidden", "Недостаточно прав для этого действия.")
        : undefined,
    );
    const sheet = openSheet(env);
    sheet.load([[], ["МБОУ СОШ № 1", "s1", "metodist1@x.ru", "администратор"]]);
    const preview = env.call("loadSchools", "uo").value;
    expect(preview).toMatchObject({ roles: 1 });
    const r = env.call("applySchools", "uo", preview.planId);
    expect(r.value).toMatchObject({ roles: 0, failed: 1 });
    expect(sheet.cell("E2").value).toBe("ошибка: Недостаточно прав для этого действия.");

    const denied = department((req) => (req.method === "get" ? problem(403, "forbidden", "") : undefined));
    const got = denied.env.call("openSchoolsSheet", "uo");
    expect(got).toMatchObject({ ok: false, code: "forbidden" });
    expect(got.message).toBe("У вашей учётной записи нет прав управлять этой организацией.");
    expect(denied.env.book.sheets.map((s) => s.getName())).toEqual(["Лист1"]);
  });

  it("writes results formula-safe and asks for the sheet before loading", () => {
    const { env } = department();
    expect(env.call("loadSchools", "uo")).toMatchObject({ ok: false, code: "sheet-not-found" });
    const sheet = openSheet(env);
    // typed with an apostrophe, so the cell holds the text "=1+1" (without it, Sheets computes 2)
    sheet.load([[], [], [], ["+7 Школа", "", "'=1+1", ""]]);
    const preview = env.call("loadSchools", "uo").value;
    env.call("applySchools", "uo", preview.planId);
    expect(sheet.cell("E4").value).toBe("пропущено: Адрес «=1+1» не похож на email.");
    expect(sheet.cell("E4").formula).toBe("");
    expect(env.call("loadSchools", "other")).toMatchObject({ ok: false, code: "other-org" });
  });
});
