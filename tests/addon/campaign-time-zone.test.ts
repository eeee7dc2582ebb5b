import { describe, expect, it } from "vitest";
import { CampaignChangesSchema, UpdateCampaignSchema } from "../../shared/api/campaign-changes.ts";
import { CampaignSchema } from "../../shared/api/campaigns.ts";
import { OrgDetailSchema } from "../../shared/api/orgs.ts";
import { ruError } from "../../shared/i18n/ru-errors.ts";
import { bundledAddon } from "./fakes/load-addon.ts";
import type { FetchRecord } from "./fakes/services.ts";
import { campaign, configure, problem, WORKER } from "./worker-fixtures.ts";

// «Изменить кампанию» → «Часовой пояс» in the bundled add-on: the field shows the campaign's zone,
// a typo is refused in Russian before anything is sent, a good one goes in the PATCH and the history
// line says what changed.
const addon = bundledAddon();

const owner = OrgDetailSchema.parse({
  id: "uo-sp",
  parentId: null,
  name: "Управление образования",
  kind: "municipality",
  children: [{ id: "s21", parentId: "uo-sp", name: "МОУ СОШ № 21", kind: "school" }],
});

function ready() {
  const env = addon();
  env.book.addSheet("Сводка");
  configure(env);
  let current = CampaignSchema.parse({ ...campaign });
  const events: unknown[] = [];
  env.urlFetch.respond((req: FetchRecord) => {
    const path = req.url.slice(WORKER.length);
    if (path === "/api/v1/campaigns/c-2024" && req.method === "patch") {
      const body = UpdateCampaignSchema.safeParse(JSON.parse(req.payload!));
      if (!body.success) return problem(400, "bad-request", "Запрос заполнен неверно.");
      if (body.data.timeZone && body.data.timeZone !== current.timeZone) {
        events.push({
          seq: events.length + 1,
          at: "2024-06-01T12:00:00Z",
          by: "uo@example.org",
          kind: "time-zone",
          from: current.timeZone,
          to: body.data.timeZone,
          orgIds: [],
          reason: body.data.reason ?? null,
        });
        current = { ...current, timeZone: body.data.timeZone };
      }
      return { body: current };
    }
    if (path === "/api/v1/campaigns/c-2024") return { body: current };
    if (path === "/api/v1/campaigns/c-2024/changes") {
      return {
        body: CampaignChangesSchema.parse({
          campaignId: "c-2024",
          createdAt: "2024-05-01T09:00:00Z",
          createdBy: "uo@example.org",
          events,
        }),
      };
    }
    if (path === "/api/v1/orgs/uo-sp") return { body: owner };
    return { status: 404, body: {} };
  });
  return env;
}

const form = (timeZone: string, reason = "") => ({
  name: campaign.name,
  dueDate: campaign.dueDate,
  reportDate: campaign.reportDate,
  timeZone,
  reason,
});

describe("the campaign's time zone in «Изменить кампанию»", () => {
  it("shows the zone, sends a new one in the PATCH and the history says «часовой пояс A → B»", () => {
    const env = ready();
    expect(env.call("loadCampaignChanges").value.timeZone).toBe("Europe/Moscow");
    const r = env.call("saveCampaignEdit", form(" Asia/Tomsk ", "управление в Томске"));
    expect(r.ok, r.message).toBe(true);
    const patch = env.urlFetch.requests.find((q) => q.method === "patch")!;
    expect(JSON.parse(patch.payload!)).toMatchObject({
      timeZone: "Asia/Tomsk",
      reason: "управление в Томске",
    });
    expect(r.value.timeZone).toBe("Asia/Tomsk");
    expect(r.value.history.at(-1)).toBe(
      "01.06.2024 15:00 · uo@example.org: часовой пояс Europe/Moscow → Asia/Tomsk (управление в Томске)",
    );
  });

  it("an unknown zone is refused in Russian before sending; an empty field leaves the zone alone", () => {
    const env = ready();
    expect(env.call("saveCampaignEdit", form("Asia/Tomskk"))).toMatchObject({
      ok: false,
      code: "invalid-form",
      message: "Неизвестный часовой пояс: укажите его как «Asia/Tomsk».",
    });
    expect(env.urlFetch.requests.filter((q) => q.method === "patch")).toHaveLength(0);
    expect(env.call("saveCampaignEdit", form("")).ok).toBe(true);
    const patch = env.urlFetch.requests.find((q) => q.method === "patch")!;
    expect(JSON.parse(patch.payload!)).not.toHaveProperty("timeZone");
  });

  it("the worker's own refusal (a zone this Intl knows but the worker does not) reaches the user", () => {
    const env = ready();
    const detail = ruError("bad-request", {
      issues: "timeZone — Неизвестный часовой пояс: укажите его как «Asia/Tomsk»",
    });
    env.urlFetch.respond((req) =>
      req.method === "patch" ? problem(400, "bad-request", detail) : { body: campaign },
    );
    const r = env.call("saveCampaignEdit", form("Asia/Tomsk"));
    expect(r.ok).toBe(false);
    expect(r.message).toContain("timeZone — Неизвестный часовой пояс");
  });
});
