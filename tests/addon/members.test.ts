// «Участники организаций» in the bundled Code.js: a fake worker that keeps members in memory and
// refuses as the real one does (grant rights, admin memberships, the last-manager rule, member-exists),
// with the real Russian texts of shared/i18n/ru-errors.ts — so what the user reads is what the
// worker would say.
import { describe, expect, it } from "vitest";
import type { MemberRole } from "../../shared/api/common.ts";
import {
  AddMemberSchema,
  ChangeRoleSchema,
  MemberListSchema,
  MemberSchema,
  MeSchema,
  type Org,
  OrgDetailSchema,
} from "../../shared/api/orgs.ts";
import { RU_ROLES, ruError } from "../../shared/i18n/ru-errors.ts";
import { bundledAddon } from "./fakes/load-addon.ts";
import type { FetchRecord, FetchReply } from "./fakes/services.ts";
import { configure, problem, WORKER } from "./worker-fixtures.ts";

const addon = bundledAddon();
const ME = "uo@example.org";

class FakeMembers {
  orgs: Org[] = [
    { id: "uo", parentId: null, name: "Управление образования г. Стрежевой", kind: "municipality" },
    { id: "s2", parentId: "uo", name: "МБОУ СОШ № 2", kind: "school" },
    { id: "s1", parentId: "uo", name: "МБОУ СОШ № 1", kind: "school" },
    // a cluster between the department and some of its schools: its schools are offered too
    { id: "cl", parentId: "uo", name: "Куст «Север»", kind: "other" },
    { id: "s9", parentId: "cl", name: "МКОУ Северная ООШ", kind: "school" },
  ];
  members = new Map<string, { email: string; role: MemberRole }[]>([
    [
      "uo",
      [
        { email: "zeta@example.org", role: "school" },
        { email: ME, role: "department" },
        { email: "boss@example.org", role: "admin" },
      ],
    ],
    ["s1", [{ email: "metodist1@x.ru", role: "school" }]],
    ["s2", []],
  ]);

  reply(req: FetchRecord): FetchReply {
    const path = req.url.slice(WORKER.length);
    if (path === "/api/v1/me") {
      return {
        body: MeSchema.parse({
          email: ME,
          via: "google",
          memberships: [
            { orgId: "uo", orgName: this.orgs[0]!.name, kind: "municipality", role: "department" },
          ],
        }),
      };
    }
    let m = /^\/api\/v1\/orgs\/([^/]+)$/.exec(path);
    if (req.method === "get" && m) {
      const org = this.orgs.find((o) => o.id === m![1])!;
      return {
        body: OrgDetailSchema.parse({ ...org, children: this.orgs.filter((o) => o.parentId === org.id) }),
      };
    }
    m = /^\/api\/v1\/orgs\/([^/]+)\/members(?:\/([^/]+))?$/.exec(path);
    if (!m) return problem(404, "not-found", "Ресурс не найден.");
    const orgId = decodeURIComponent(m[1]!);
    const orgName = this.orgs.find((o) => o.id === orgId)!.name;
    const list = this.members.get(orgId)!;
    const email = m[2] ? decodeURIComponent(m[2]) : "";
    const member = list.find((x) => x.email === email);
    // The caller is a department: it grants only `school` and never touches an admin (permissions.ts).
    if (req.method === "get") {
      return { body: MemberListSchema.parse({ members: list.map((x) => ({ orgId, ...x })) }) };
    }
    if (req.method === "post") {
      const body = AddMemberSchema.parse(JSON.parse(req.payload!));
      if (body.role !== "school") {
        return problem(
          403,
          "role-not-grantable",
          ruError("role-not-grantable", { orgName, role: RU_ROLES[body.role] }),
        );
      }
      const current = list.find((x) => x.email === body.email);
      if (current && current.role !== body.role) {
        const detail = ruError("member-exists", { orgId, email: body.email, role: RU_ROLES[current.role] });
        return problem(409, "member-exists", detail);
      }
      if (current) return { body: MemberSchema.parse({ orgId, ...body }) };
      list.push({ email: body.email, role: body.role });
      return { status: 201, body: MemberSchema.parse({ orgId, ...body }) };
    }
    if (!member) return problem(404, "member-not-found", ruError("member-not-found", { orgId, email }));
    if (member.role === "admin")
      return problem(403, "role-not-removable", ruError("role-not-removable", { orgName, email }));
    if (req.method === "patch") {
      const { role } = ChangeRoleSchema.parse(JSON.parse(req.payload!));
      if (role !== "school") {
        return problem(
          403,
          "role-not-grantable",
          ruError("role-not-grantable", { orgName, role: RU_ROLES[role] }),
        );
      }
      // the last-manager rule: the caller's only managing membership is this one
      if (email === ME) return problem(409, "last-manager-role", ruError("last-manager-role", { orgName }));
      member.role = role;
      return { body: MemberSchema.parse({ orgId, email, role }) };
    }
    if (email === ME) return problem(409, "last-manager", ruError("last-manager", { orgName }));
    this.members.set(
      orgId,
      list.filter((x) => x !== member),
    );
    return { body: MemberSchema.parse({ orgId, email, role: member.role }) };
  }
}

function department(override?: (req: FetchRecord) => FetchReply | undefined) {
  const env = addon();
  env.book.addSheet("Лист1");
  configure(env);
  const worker = new FakeMembers();
  env.urlFetch.respond((req) => override?.(req) ?? worker.reply(req));
  return { env, worker };
}

const UO = "Управление образования г. Стрежевой";

describe("«Участники организаций»", () => {
  it("offers the managed org, then two levels below it by name (depth first), and the three roles in Russian", () => {
    const { env } = department();
    env.log.reset();
    const r = env.call("loadPeople");
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toEqual({
      me: ME,
      orgs: [
        { id: "uo", name: UO, level: 0 },
        { id: "cl", name: "Куст «Север»", level: 1 },
        { id: "s9", name: "МКОУ Северная ООШ", level: 2 },
        { id: "s1", name: "МБОУ СОШ № 1", level: 1 },
        { id: "s2", name: "МБОУ СОШ № 2", level: 1 },
      ],
      roles: [
        { value: "school", text: "школа" },
        { value: "department", text: "управление" },
        { value: "admin", text: "администратор" },
      ],
    });
    // /me, then one fetchAll per level below the managed orgs
    expect(env.log.count("UrlFetchApp.fetch")).toBe(1);
    expect(env.log.count("UrlFetchApp.fetchAll")).toBe(2);
  });

  it("lists an org's members admins first, in one round trip", () => {
    const { env } = department();
    env.log.reset();
    const r = env.call("listMembers", "uo");
    expect(r.value).toEqual({
      orgId: "uo",
      orgName: UO,
      message: "",
      members: [
        { email: "boss@example.org", role: "admin", roleText: "администратор" },
        { email: ME, role: "department", roleText: "управление" },
        { email: "zeta@example.org", role: "school", roleText: "школа" },
      ],
    });
    expect(env.log.count("UrlFetchApp.fetchAll")).toBe(1);
    expect(env.log.count("UrlFetchApp.fetch")).toBe(0);
  });

  it("adds a methodist (trimmed, lower-case) and answers the fresh list; a typo is refused before sending", () => {
    const { env, worker } = department();
    const r = env.call("addMember", "s2", "  New.Metodist@School.RU ", "school");
    expect(r.ok, r.message).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.method === "post")!;
    expect(post.url).toBe(`${WORKER}/api/v1/orgs/s2/members`);
    expect(JSON.parse(post.payload!)).toEqual({ email: "new.metodist@school.ru", role: "school" });
    expect(r.value.message).toBe("new.metodist@school.ru добавлен(а) в «МБОУ СОШ № 2» с ролью «школа».");
    expect(r.value.members.map((m: { email: string }) => m.email)).toEqual(["new.metodist@school.ru"]);
    expect(worker.members.get("s2")).toHaveLength(1);

    env.urlFetch.requests.length = 0;
    expect(env.call("addMember", "s2", "metodist school.ru", "school")).toMatchObject({
      ok: false,
      code: "bad-email",
      message: "Адрес «metodist school.ru» не похож на email: нужен вид name@school.ru.",
    });
    expect(env.call("addMember", "s2", "a@b.ru", "owner")).toMatchObject({ ok: false, code: "bad-role" });
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("adding again with the same role says nothing changed; with another role shows the worker's 409", () => {
    const { env } = department();
    expect(env.call("addMember", "s1", "metodist1@x.ru", "school").value.message).toBe(
      "metodist1@x.ru уже состоит в «МБОУ СОШ № 1» с ролью «школа» — ничего не изменилось.",
    );
    const r = env.call("addMember", "uo", ME, "school");
    expect(r).toMatchObject({ ok: false, code: "member-exists" });
    expect(r.message).toBe(ruError("member-exists", { orgId: "uo", email: ME, role: "управление" }));
    expect(r.message).toContain("выберите новую в списке участников");
  });

  it("changes a role with PATCH …/members/{email} (the email percent-encoded)", () => {
    const { env, worker } = department((req) =>
      req.method === "patch" && req.url.endsWith("/members/dept-2%40example.org")
        ? { body: MemberSchema.parse({ orgId: "uo", email: "dept-2@example.org", role: "school" }) }
        : undefined,
    );
    worker.members.get("uo")!.push({ email: "dept-2@example.org", role: "department" });
    const r = env.call("changeMemberRole", "uo", "dept-2@example.org", "school");
    expect(r.ok, r.message).toBe(true);
    const patch = env.urlFetch.requests.find((q) => q.method === "patch")!;
    expect(JSON.parse(patch.payload!)).toEqual({ role: "school" });
    expect(r.value.message).toBe(`Роль dept-2@example.org в «${UO}»: «школа».`);
  });

  it("demoting yourself, the last manager, is refused: the Russian reason reaches the user, nothing changes", () => {
    const { env, worker } = department();
    const r = env.call("changeMemberRole", "uo", ME, "school");
    expect(r).toMatchObject({ ok: false, code: "last-manager-role" });
    expect(r.message).toBe(
      `Нельзя понизить свою роль в организации «${UO}»: это ваш последний доступ с такими правами, вернуть его сами вы уже не сможете. Попросите другого сотрудника управления или администратора.`,
    );
    expect(worker.members.get("uo")!.find((m) => m.email === ME)!.role).toBe("department");
  });

  it("granting a role a department may not grant, and touching an admin, name the rule", () => {
    const { env } = department();
    const up = env.call("changeMemberRole", "uo", "zeta@example.org", "admin");
    expect(up).toMatchObject({ ok: false, code: "role-not-grantable" });
    expect(up.message).toContain("Нельзя назначить роль «администратор»");
    expect(up.message).toContain("назначает администратор этой или вышестоящей организации");
    const admin = env.call("removeMember", "uo", "boss@example.org");
    expect(admin).toMatchObject({ ok: false, code: "role-not-removable" });
    expect(admin.message).toContain("у него роль «администратор»");
  });

  it("removes a member with DELETE and answers the list without them; yourself as the last manager: 409", () => {
    const { env } = department();
    const r = env.call("removeMember", "uo", "zeta@example.org");
    expect(r.ok, r.message).toBe(true);
    expect(env.urlFetch.requests.find((q) => q.method === "delete")!.url).toBe(
      `${WORKER}/api/v1/orgs/uo/members/zeta%40example.org`,
    );
    expect(r.value.message).toBe(`zeta@example.org удалён(а) из «${UO}».`);
    expect(r.value.members.map((m: { email: string }) => m.email)).toEqual(["boss@example.org", ME]);
    const self = env.call("removeMember", "uo", ME);
    expect(self.code).toBe("last-manager");
    expect(self.message).toContain("Нельзя удалить себя из организации");
  });

  it("a plain 403 says whose members the user may not manage", () => {
    const { env } = department((req) =>
      req.url.includes("/members")
        ? problem(403, "forbidden", "Недостаточно прав для этого действия.")
        : undefined,
    );
    expect(env.call("listMembers", "s1")).toMatchObject({
      ok: false,
      code: "forbidden",
      message:
        "У вас нет прав управлять участниками организации «МБОУ СОШ № 1»: это может сотрудник управления или администратор этой или вышестоящей организации.",
    });
    expect(env.call("addMember", "s1", "a@b.ru", "school").message).toContain("«МБОУ СОШ № 1»");
  });
});
