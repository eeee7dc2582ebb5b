import { describe, expect, it } from "vitest";
import { CampaignChangesSchema } from "../../shared/api/campaign-changes.ts";
import { OrgDetailSchema } from "../../shared/api/orgs.ts";
import { bundledAddon } from "./fakes/load-addon.ts";
import type { FetchRecord } from "./fakes/services.ts";
import { campaign, configure, problem, WORKER } from "./worker-fixtures.ts";

// «Изменить кампанию» in the bundled add-on: reads the campaign, its history and the organiser's
// tree (two fetchAll levels), and sends one PATCH / POST per change.
const addon = bundledAddon();

const history = CampaignChangesSchema.parse({
  campaignId: "c-2024",
  createdAt: "2024-05-01T09:00:00Z",
  createdBy: "uo@example.org",
  events: [
    {
      seq: 1,
      at: "2024-05-10T06:15:00Z",
      by: "uo@example.org",
      kind: "participants-added",
      from: null,
      to: null,
      orgIds: ["s7"],
      reason: "открыла наставничество в мае",
    },
    {
      seq: 2,
      at: "2024-06-01T12:00:00Z",
      by: "uo@example.org",
      kind: "due-date",
      from: "2024-06-10",
      to: "2024-06-20",
      orgIds: [],
      reason: null,
    },
  ],
});
const owner = OrgDetailSchema.parse({
  id: "uo-sp",
  parentId: null,
  name: "Управление образования",
  kind: "municipality",
  children: [
    { id: "s21", parentId: "uo-sp", name: "МОУ СОШ № 21", kind: "school" },
    { id: "s5", parentId: "uo-sp", name: "МОУ СОШ № 5", kind: "school" },
    { id: "s7", parentId: "uo-sp", name: "МОУ СОШ № 7", kind: "school" },
    { id: "cluster", parentId: "uo-sp", name: "Куст Север", kind: "other" },
  ],
});
const cluster = OrgDetailSchema.parse({
  id: "cluster",
  parentId: "uo-sp",
  name: "Куст Север",
  kind: "other",
  children: [{ id: "s9", parentId: "cluster", name: "МКОУ Северная ООШ", kind: "school" }],
});

function worker(current = campaign, extra: (req: FetchRecord) => unknown = () => undefined) {
  return (req: FetchRecord) => {
    const path = req.url.slice(WORKER.length);
    const special = extra(req);
    if (special) return special;
    if (req.method === "get" && path === "/api/v1/campaigns/c-2024") return { body: current };
    if (path === "/api/v1/campaigns/c-2024/changes") return { body: history };
    if (path === "/api/v1/orgs/uo-sp") return { body: owner };
    if (path === "/api/v1/orgs/cluster") return { body: cluster };
    return { status: 404, body: {} };
  };
}

function ready() {
  const env = addon();
  env.book.addSheet("Сводка");
  configure(env);
  return env;
}

describe("loadCampaignChanges", () => {
  it("shows participants by name, the schools that could join (two levels down) and the history in Russian", () => {
    const env = ready();
    env.urlFetch.respond(worker());
    const r = env.call("loadCampaignChanges");
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toMatchObject({
      id: "c-2024",
      status: "open",
      dueDate: "2024-06-10",
      reportDate: "2024-05-31",
      manageable: true,
    });
    expect(r.value.participants).toEqual([
      { id: "s21", name: "МОУ СОШ № 21" },
      { id: "s5", name: "МОУ СОШ № 5" },
    ]);
    expect(r.value.candidates).toEqual([
      { id: "s7", name: "МОУ СОШ № 7" },
      { id: "s9", name: "МКОУ Северная ООШ" },
    ]);
    // times in the spreadsheet's zone (the fake book is Europe/Moscow, UTC+3)
    expect(r.value.history).toEqual([
      "01.05.2024 12:00 · uo@example.org: кампания открыта",
      "10.05.2024 09:15 · uo@example.org: добавлены участники: «МОУ СОШ № 7» (открыла наставничество в мае)",
      "01.06.2024 15:00 · uo@example.org: срок сдачи 10.06.2024 → 20.06.2024",
    ]);
  });

  it("a user who cannot read the organiser sees the history but no controls", () => {
    const env = ready();
    env.urlFetch.respond(
      worker(campaign, (req) =>
        req.url.endsWith("/orgs/uo-sp") ? problem(403, "forbidden", "Нет прав") : undefined,
      ),
    );
    const r = env.call("loadCampaignChanges");
    expect(r.value.manageable).toBe(false);
    expect(r.value.history).toHaveLength(3);
  });
});

describe("changes", () => {
  it("saves name and dates with a reason in one PATCH, and keeps the document's copy in step", () => {
    const env = ready();
    const moved = { ...campaign, dueDate: "2024-06-20", reportDate: "2024-06-01" };
    env.urlFetch.respond(worker(moved, (req) => (req.method === "patch" ? { body: moved } : undefined)));
    const r = env.call("saveCampaignEdit", {
      name: campaign.name,
      dueDate: "2024-06-20",
      reportDate: "2024-06-01",
      reason: "  продление по приказу № 12 ",
    });
    expect(r.ok, r.message).toBe(true);
    const patch = env.urlFetch.requests.find((q) => q.method === "patch")!;
    expect(patch.url).toBe(`${WORKER}/api/v1/campaigns/c-2024`);
    expect(JSON.parse(patch.payload!)).toEqual({
      name: campaign.name,
      dueDate: "2024-06-20",
      reportDate: "2024-06-01",
      reason: "продление по приказу № 12",
    });
    expect(env.call("getState").value.campaign.dueDate).toBe("2024-06-20");
  });

  it("adds and removes participants in one POST; the worker's Russian refusal is shown", () => {
    const env = ready();
    env.urlFetch.respond(
      worker(campaign, (req) => (req.url.endsWith("/participants") ? { body: campaign } : undefined)),
    );
    expect(env.call("changeCampaignParticipants", ["s7"], ["s5"], "").ok).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.url.endsWith("/participants"))!;
    expect(post.method).toBe("post");
    expect(JSON.parse(post.payload!)).toEqual({ add: ["s7"], remove: ["s5"] });

    env.urlFetch.respond(
      worker(campaign, (req) =>
        req.url.endsWith("/participants")
          ? problem(409, "last-participant", "Нельзя исключить всех участников кампании «c-2024».")
          : undefined,
      ),
    );
    const refused = env.call("changeCampaignParticipants", [], ["s21", "s5"], "");
    expect(refused).toMatchObject({ ok: false, code: "last-participant" });
    expect(refused.message).toBe(
      "Сервер не изменил кампанию: Нельзя исключить всех участников кампании «c-2024».",
    );
    expect(env.call("changeCampaignParticipants", [], [], "")).toMatchObject({
      ok: false,
      code: "invalid-form",
    });
  });

  it("reopening needs a reason before anything is sent", () => {
    const env = ready();
    env.urlFetch.respond(worker());
    const r = env.call("reopenCampaign", "   ");
    expect(r).toMatchObject({ ok: false, code: "invalid-form" });
    expect(r.message).toBe("Укажите причину, по которой кампания открывается снова.");
    expect(env.urlFetch.requests).toHaveLength(0);
    env.urlFetch.respond(
      worker(campaign, (req) => (req.url.endsWith("/reopen") ? { body: campaign } : undefined)),
    );
    expect(env.call("reopenCampaign", "школа № 5 не успела").ok).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.url.endsWith("/reopen"))!;
    expect(JSON.parse(post.payload!)).toEqual({ reason: "школа № 5 не успела" });
  });
});
