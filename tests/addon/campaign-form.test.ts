// «Новая кампания» and «Закрыть кампанию» in the bundled Code.js: the worker's answers are built with
// the shared zod schemas (a contract change breaks this data, not only the add-on).
import { describe, expect, it } from "vitest";
import { type Campaign, CampaignListSchema, CampaignSchema } from "../../shared/api/campaigns.ts";
import { MeSchema, OrgDetailSchema } from "../../shared/api/orgs.ts";
import { TemplateListSchema } from "../../shared/api/routes.ts";
import { type AddonEnv, bundledAddon } from "./fakes/load-addon.ts";
import type { FetchRecord, FetchReply } from "./fakes/services.ts";
import { campaign, configure, problem, WORKER } from "./worker-fixtures.ts";

const addon = bundledAddon();

const ME = MeSchema.parse({
  email: "uo@sp.example",
  via: "google",
  memberships: [
    {
      orgId: "uo-sp",
      orgName: "Управление образования Сергиева Посада",
      kind: "municipality",
      role: "department",
    },
    { orgId: "s21", orgName: "МБОУ СОШ №21", kind: "school", role: "school" },
  ],
});
const METHODIST = MeSchema.parse({
  email: "metodist@school21.example",
  via: "google",
  memberships: [{ orgId: "s21", orgName: "МБОУ СОШ №21", kind: "school", role: "school" }],
});
const TEMPLATES = TemplateListSchema.parse({
  templates: [
    { id: "school-roadmap", version: 1, name: "Дорожная карта школы", kind: "roadmap", level: "school" },
    {
      id: "municipal-roadmap",
      version: 1,
      name: "Муниципальная дорожная карта",
      kind: "roadmap",
      level: "municipality",
    },
  ],
});
const UO = OrgDetailSchema.parse({
  id: "uo-sp",
  parentId: "mo",
  name: "Управление образования Сергиева Посада",
  kind: "municipality",
  children: [
    { id: "s21", parentId: "uo-sp", name: "МБОУ СОШ №21", kind: "school" },
    { id: "s5", parentId: "uo-sp", name: "МБОУ СОШ №5", kind: "school" },
    { id: "s7", parentId: "uo-sp", name: "МКОУ ООШ №7", kind: "school" },
  ],
});

const FORM = {
  orgId: "uo-sp",
  name: "Дорожная карта школы, 2024-2025 учебный год",
  templateId: "school-roadmap",
  templateVersion: 1,
  periodStart: "2024-09-01",
  periodEnd: "2025-08-31",
  reportDate: "2025-05-31",
  dueDate: "2025-06-10",
  participants: null as string[] | null,
};

function created(body: Record<string, unknown>): Campaign {
  const b = body as { participants?: string[] } & Record<string, unknown>;
  return CampaignSchema.parse({
    id: "c-new",
    orgId: b.orgId,
    name: b.name,
    templateId: b.templateId,
    templateVersion: b.templateVersion,
    period: b.period,
    reportDate: b.reportDate,
    dueDate: b.dueDate,
    status: "open",
    createdAt: "2025-05-01T09:00:00Z",
    closedAt: null,
    participants: b.participants ?? UO.children.map((c) => c.id).sort(),
  });
}

/** A worker with the department's routes; `override` answers first when it returns a reply. */
function worker(env: AddonEnv, me = ME, override?: (req: FetchRecord) => FetchReply | undefined) {
  const made: Campaign[] = [];
  env.urlFetch.respond((req) => {
    const own = override?.(req);
    if (own) return own;
    const path = req.url.slice(WORKER.length);
    if (req.method === "get" && path === "/api/v1/me") return { body: me };
    if (req.method === "get" && path === "/api/v1/templates") return { body: TEMPLATES };
    if (req.method === "get" && path === "/api/v1/orgs/uo-sp") return { body: UO };
    if (req.method === "get" && path === "/api/v1/campaigns/c-2024") return { body: campaign };
    if (req.method === "post" && path === "/api/v1/campaigns") {
      const c = created(JSON.parse(req.payload!));
      made.push(c);
      return { status: 201, body: c };
    }
    if (req.method === "get" && path === "/api/v1/campaigns") {
      const all = [campaign, ...made].map(({ participants: _p, ...c }) => c);
      return { body: CampaignListSchema.parse({ campaigns: all }) };
    }
    if (req.method === "post" && path === "/api/v1/campaigns/c-2024/close") {
      return {
        body: CampaignSchema.parse({ ...campaign, status: "closed", closedAt: "2024-06-20T10:00:00Z" }),
      };
    }
    return problem(404, "not-found", "Ресурс не найден.");
  });
  return made;
}

function department() {
  const env = addon();
  env.book.addSheet("Лист1");
  configure(env);
  worker(env);
  return env;
}

describe("loadCampaignForm", () => {
  it("offers the organisations the user manages, their schools, the templates and school years", () => {
    const env = department();
    env.log.reset();
    const r = env.call("loadCampaignForm");
    expect(r.ok, r.message).toBe(true);
    expect(r.value.orgs).toEqual([
      {
        id: "uo-sp",
        name: "Управление образования Сергиева Посада",
        schools: UO.children.map((c) => ({ id: c.id, name: c.name })),
        otherChildren: 0,
      },
    ]);
    expect(r.value.templates.map((t: { id: string }) => t.id)).toEqual([
      "school-roadmap",
      "municipal-roadmap",
    ]);
    const [, now] = r.value.schoolYears;
    expect(now.label).toMatch(/^\d{4}-\d{4} учебный год$/);
    expect(now.start <= r.value.today && r.value.today <= now.end).toBe(true);
    expect(r.value.current).toEqual({ id: "c-2024", name: campaign.name, status: "open", manageable: true });
    // me + templates + the campaign in one fetchAll, the organisation in a second
    expect(env.log.count("UrlFetchApp.fetchAll")).toBe(2);
    expect(env.log.count("UrlFetchApp.fetch")).toBe(0);
  });

  it("offers nothing to a school methodist (no organisation request either)", () => {
    const env = addon();
    env.book.addSheet("Лист1");
    configure(env);
    worker(env, METHODIST);
    const r = env.call("loadCampaignForm");
    expect(r.ok).toBe(true);
    expect(r.value.orgs).toEqual([]);
    expect(r.value.current.manageable).toBe(false);
    expect(env.urlFetch.requests.some((q) => q.url.includes("/orgs/"))).toBe(false);
  });

  it("needs the worker address first", () => {
    const env = addon();
    env.book.addSheet("Лист1");
    expect(env.call("loadCampaignForm")).toMatchObject({ ok: false, code: "not-configured" });
    expect(env.urlFetch.requests).toHaveLength(0);
  });
});

describe("createCampaign", () => {
  it("posts the form as CreateCampaignSchema and makes the new campaign this document's campaign", () => {
    const env = department();
    const r = env.call("createCampaign", FORM);
    expect(r.ok, r.message).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.method === "post")!;
    expect(post.url).toBe(`${WORKER}/api/v1/campaigns`);
    expect(post.headers.Authorization).toBe("Bearer fake-id-token");
    expect(JSON.parse(post.payload!)).toEqual({
      orgId: "uo-sp",
      name: FORM.name,
      templateId: "school-roadmap",
      templateVersion: 1,
      period: { start: "2024-09-01", end: "2025-08-31" },
      reportDate: "2025-05-31",
      dueDate: "2025-06-10",
      timeZone: "Europe/Moscow",
    });
    expect(r.value.campaign).toEqual({ id: "c-new", name: FORM.name, dueDate: "2025-06-10", status: "open" });
    expect(r.value.participants).toBe(3);
    // the list for «Настройки» was refreshed and holds both campaigns
    expect(r.value.campaigns.map((c: { id: string }) => c.id)).toEqual(["c-2024", "c-new"]);
    const state = env.call("getState").value;
    expect(state.campaign).toEqual({
      id: "c-new",
      name: FORM.name,
      dueDate: "2025-06-10",
      templateId: "school-roadmap",
    });
    expect(state.workerUrl).toBe(WORKER);
  });

  it("sends only the schools the department kept", () => {
    const env = department();
    const r = env.call("createCampaign", { ...FORM, participants: ["s21", "s7"] });
    expect(r.ok, r.message).toBe(true);
    expect(JSON.parse(env.urlFetch.requests[0]!.payload!).participants).toEqual(["s21", "s7"]);
    expect(r.value.participants).toBe(2);
  });

  it("checks the form locally: Russian messages by field and no request", () => {
    const env = department();
    const r = env.call("createCampaign", {
      ...FORM,
      name: "   ",
      templateId: "",
      periodStart: "2025-09-01",
      periodEnd: "2025-08-31",
      reportDate: "31.05.2025",
      dueDate: "",
      participants: [],
    });
    expect(r).toMatchObject({ ok: false, code: "invalid-form", message: "Проверьте выделенные поля." });
    expect(r.details).toEqual({
      name: "Укажите название кампании.",
      templateId: "Выберите шаблон.",
      period: "Начало периода позже окончания.",
      reportDate: "Укажите дату.",
      dueDate: "Укажите дату.",
      participants: "Выберите хотя бы одну школу.",
    });
    expect(env.urlFetch.requests).toHaveLength(0);
    // the document keeps its campaign
    expect(env.call("getState").value.campaign.id).toBe("c-2024");
  });

  it("survives whatever the browser sends", () => {
    const env = department();
    for (const junk of [null, "x", 7, { name: 5 }]) {
      const r = env.call("createCampaign", junk);
      expect(r).toMatchObject({ ok: false, code: "invalid-form" });
      expect(r.details.orgId).toBe("Выберите организацию.");
    }
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("shows the worker's Russian detail when it refuses (403, 400)", () => {
    const env = department();
    worker(env, ME, (req) =>
      req.method === "post" ? problem(403, "forbidden", "Недостаточно прав для этого действия.") : undefined,
    );
    const denied = env.call("createCampaign", FORM);
    expect(denied).toMatchObject({ ok: false, code: "forbidden" });
    expect(denied.message).toBe("Недостаточно прав для этого действия.");

    worker(env, ME, (req) =>
      req.method === "post"
        ? problem(
            400,
            "bad-participants",
            "Участниками кампании могут быть только организации, подчинённые организатору: s99.",
          )
        : undefined,
    );
    const bad = env.call("createCampaign", { ...FORM, participants: ["s99"] });
    expect(bad).toMatchObject({ ok: false, code: "bad-participants" });
    expect(bad.message).toBe(
      "Сервер не открыл кампанию: Участниками кампании могут быть только организации, подчинённые организатору: s99.",
    );
    expect(env.call("getState").value.campaign.id).toBe("c-2024");
  });

  it("rejects a created campaign that does not match the contract", () => {
    const env = department();
    worker(env, ME, (req) => (req.method === "post" ? { status: 201, body: { id: "c-new" } } : undefined));
    expect(env.call("createCampaign", FORM)).toMatchObject({ ok: false, code: "bad-response" });
    expect(env.call("getState").value.campaign.id).toBe("c-2024");
  });
});

describe("closeCampaign", () => {
  it("does nothing without the confirmation", () => {
    const env = department();
    expect(env.call("closeCampaign", "c-2024", false)).toMatchObject({ ok: false, code: "not-confirmed" });
    expect(env.call("closeCampaign", "c-2024")).toMatchObject({ ok: false, code: "not-confirmed" });
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("closes after the confirmation and remembers the status", () => {
    const env = department();
    const r = env.call("closeCampaign", "c-2024", true);
    expect(r).toEqual({
      ok: true,
      value: { id: "c-2024", name: campaign.name, dueDate: "2024-06-10", status: "closed" },
    });
    expect(env.urlFetch.requests.map((q) => [q.method, q.url])).toEqual([
      ["post", `${WORKER}/api/v1/campaigns/c-2024/close`],
    ]);
    const stored = JSON.parse(env.documentProperties.getProperty("svodka.campaign")!);
    expect(stored.status).toBe("closed");
  });

  it("sends the department's reason for the history, trimmed; none when left empty (issue 9)", () => {
    const env = department();
    expect(env.call("closeCampaign", "c-2024", true, "  приём отчётов завершён ").ok).toBe(true);
    expect(env.call("closeCampaign", "c-2024", true, "   ").ok).toBe(true);
    expect(env.urlFetch.requests.map((q) => q.payload)).toEqual([
      JSON.stringify({ reason: "приём отчётов завершён" }),
      undefined,
    ]);
  });

  it("explains a refusal in Russian", () => {
    const env = department();
    worker(env, ME, (req) =>
      req.method === "post" ? problem(403, "forbidden", "Недостаточно прав для этого действия.") : undefined,
    );
    const r = env.call("closeCampaign", "c-2024", true);
    expect(r).toMatchObject({
      ok: false,
      code: "forbidden",
      message: "Недостаточно прав для этого действия.",
    });
  });
});
