// «API-токены» in the bundled Code.js against a fake worker keeping tokens as the real one does:
// the scope is the caller's memberships at minting, the secret is in the create answer only, a revoke
// answers the token as it now is. Refusals carry the real Russian texts of shared/i18n/ru-errors.ts.
import { describe, expect, it } from "vitest";
import { MeSchema } from "../../shared/api/orgs.ts";
import {
  type ApiToken,
  ApiTokenSchema,
  CreatedTokenSchema,
  CreateTokenSchema,
  TokenListSchema,
} from "../../shared/api/tokens.ts";
import { ruError } from "../../shared/i18n/ru-errors.ts";
import { bundledAddon } from "./fakes/load-addon.ts";
import type { FetchRecord, FetchReply } from "./fakes/services.ts";
import { configure, problem, WORKER } from "./worker-fixtures.ts";

const addon = bundledAddon();
const ME = "uo@example.org";
const SECRET = `svk_${"A".repeat(43)}`;

const me = MeSchema.parse({
  email: ME,
  via: "google",
  memberships: [
    { orgId: "uo", orgName: "Управление образования г. Стрежевой", kind: "municipality", role: "department" },
    { orgId: "s1", orgName: "МБОУ СОШ № 1", kind: "school", role: "school" },
  ],
});

const token = (over: Partial<ApiToken>): ApiToken =>
  ApiTokenSchema.parse({
    id: "t1",
    email: ME,
    label: "скрипт",
    createdAt: "2024-05-20T08:00:00Z",
    createdBy: ME,
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
    current: false,
    scope: [{ orgId: "uo", role: "department" }],
    ...over,
  });

class FakeTokens {
  tokens: ApiToken[] = [
    token({
      id: "old",
      label: "скрипт 2023",
      createdAt: "2023-09-01T07:00:00Z",
      revokedAt: "2024-02-01T06:15:00Z",
      revokedBy: ME,
    }),
    token({ id: "t-1c", label: "выгрузка в 1С", lastUsedAt: "2024-06-01T05:30:00Z" }),
    token({ id: "t-gone", label: "старый скрипт", createdAt: "2024-01-10T07:00:00Z", scope: [] }),
  ];

  reply(req: FetchRecord): FetchReply {
    const path = req.url.slice(WORKER.length);
    if (path === "/api/v1/me") return { body: me };
    if (path === "/api/v1/tokens" && req.method === "get") {
      return { body: TokenListSchema.parse({ email: ME, tokens: this.tokens }) };
    }
    if (path === "/api/v1/tokens" && req.method === "post") {
      const body = CreateTokenSchema.parse(JSON.parse(req.payload!));
      const t = token({
        id: "t-new",
        label: body.label,
        createdAt: "2024-06-02T09:00:00Z",
        scope: body.scope ?? me.memberships.map((m) => ({ orgId: m.orgId, role: m.role })),
      });
      this.tokens.push(t);
      return { status: 201, body: CreatedTokenSchema.parse({ ...t, token: SECRET }) };
    }
    const m = /^\/api\/v1\/tokens\/([^/]+)\/revoke$/.exec(path);
    if (m && req.method === "post") {
      const t = this.tokens.find((x) => x.id === m[1]);
      if (!t) return problem(404, "token-not-found", ruError("token-not-found", { tokenId: m[1]! }));
      t.revokedAt ??= "2024-06-02T10:00:00Z";
      t.revokedBy ??= ME;
      return { body: t };
    }
    return problem(404, "not-found", "Ресурс не найден.");
  }
}

function user(override?: (req: FetchRecord) => FetchReply | undefined) {
  const env = addon();
  env.book.addSheet("Лист1");
  env.book.setSpreadsheetTimeZone("Asia/Tomsk");
  configure(env);
  const worker = new FakeTokens();
  env.urlFetch.respond((req) => override?.(req) ?? worker.reply(req));
  return { env, worker };
}

describe("«API-токены»", () => {
  it("lists live tokens first, newest first, with dates in the spreadsheet's zone and the scope by org name", () => {
    const { env } = user();
    env.log.reset();
    const r = env.call("listApiTokens");
    expect(r.ok, r.message).toBe(true);
    expect(r.value.tokens).toEqual([
      {
        id: "t-1c",
        label: "выгрузка в 1С",
        state: "active",
        stateText: "действует",
        meta: "создан 20.05.2024 15:00 · использован 01.06.2024 12:30",
        scopeText: "Доступ: «Управление образования г. Стрежевой» — управление",
        current: false,
      },
      {
        id: "t-gone",
        label: "старый скрипт",
        state: "active",
        stateText: "действует",
        meta: "создан 10.01.2024 14:00 · ещё не использовался",
        scopeText: "Доступ: доступа нет (роли сняты)",
        current: false,
      },
      {
        id: "old",
        label: "скрипт 2023",
        state: "revoked",
        stateText: "отозван",
        meta: "создан 01.09.2023 14:00 · отозван 01.02.2024 13:15",
        scopeText: "Доступ: «Управление образования г. Стрежевой» — управление",
        current: false,
      },
    ]);
    expect(r.value.help).toBe(
      "Токен нужен программам и скриптам (выгрузка сводки, интеграция с 1С), не людям. Он действует от вашего имени и только в пределах ваших ролей на момент создания: «Управление образования г. Стрежевой» — управление; «МБОУ СОШ № 1» — школа.",
    );
    expect(r.value.scopeChoices).toEqual([
      { orgId: "uo", text: "«Управление образования г. Стрежевой» — управление" },
      { orgId: "s1", text: "«МБОУ СОШ № 1» — школа" },
    ]);
    // /me and the list in one round trip
    expect(env.log.count("UrlFetchApp.fetchAll")).toBe(1);
    expect(env.log.count("UrlFetchApp.fetch")).toBe(0);
  });

  it("creates a token: the secret comes back once, with the fresh list; it is in no log", () => {
    const { env } = user();
    const r = env.call("createApiToken", "  выгрузка сводки ");
    expect(r.ok, r.message).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.method === "post")!;
    expect(post.url).toBe(`${WORKER}/api/v1/tokens`);
    expect(JSON.parse(post.payload!)).toEqual({ label: "выгрузка сводки" });
    expect(r.value.secret).toBe(SECRET);
    expect(r.value.label).toBe("выгрузка сводки");
    expect(r.value.message).toBe("Токен «выгрузка сводки» создан.");
    expect(r.value.tokens[0]).toMatchObject({
      id: "t-new",
      scopeText: "Доступ: «Управление образования г. Стрежевой» — управление; «МБОУ СОШ № 1» — школа",
    });
    // the list never carries a secret
    expect(JSON.stringify(r.value.tokens)).not.toContain("svk_");
    expect(env.logs.join("\n")).not.toContain("svk_A");
  });

  it("a token for some of the user's organisations carries only them, at the user's role there", () => {
    const { env } = user();
    const r = env.call("createApiToken", "только управление", ["uo"]);
    expect(r.ok, r.message).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.method === "post")!;
    expect(JSON.parse(post.payload!)).toEqual({
      label: "только управление",
      scope: [{ orgId: "uo", role: "department" }],
    });
    expect(r.value.tokens[0].scopeText).toBe("Доступ: «Управление образования г. Стрежевой» — управление");
    // every organisation ticked: no scope sent (the full one), nothing ticked: refused before sending
    env.urlFetch.requests.length = 0;
    expect(env.call("createApiToken", "всё", ["s1", "uo"]).ok).toBe(true);
    expect(JSON.parse(env.urlFetch.requests.find((q) => q.method === "post")!.payload!)).toEqual({
      label: "всё",
    });
    env.urlFetch.requests.length = 0;
    expect(env.call("createApiToken", "ничего", [])).toMatchObject({
      ok: false,
      code: "no-scope",
      message: "Отметьте хотя бы одну организацию, к которой токену нужен доступ.",
    });
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("the worker's refusal of a scope wider than the user's reaches the user in Russian", () => {
    const detail = ruError("scope-too-wide", { orgId: "uo", role: "управление" });
    const { env } = user((req) =>
      req.method === "post" ? problem(403, "scope-too-wide", detail) : undefined,
    );
    expect(env.call("createApiToken", "x", ["uo"])).toMatchObject({
      ok: false,
      code: "scope-too-wide",
      message: detail,
    });
  });

  it("refuses an empty or too long name before sending anything", () => {
    const { env } = user();
    for (const label of ["   ", "я".repeat(101)]) {
      expect(env.call("createApiToken", label)).toMatchObject({
        ok: false,
        code: "bad-label",
        message: "Назовите токен: для чего он (до 100 знаков).",
      });
    }
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("a drifted create answer is an error, and the secret in it never reaches the script's log", () => {
    const { env } = user((req) =>
      req.method === "post" ? { status: 201, body: { token: SECRET, unexpected: true } } : undefined,
    );
    expect(env.call("createApiToken", "x")).toMatchObject({ ok: false, code: "bad-response" });
    expect(env.logs.join("\n")).toContain("svk_…");
    expect(env.logs.join("\n")).not.toContain(SECRET);
  });

  it("revokes one and answers the list with it revoked; the worker's refusal is shown in Russian", () => {
    const { env, worker } = user();
    const r = env.call("revokeApiToken", "t-1c");
    expect(r.ok, r.message).toBe(true);
    expect(env.urlFetch.requests.find((q) => q.method === "post")!.url).toBe(
      `${WORKER}/api/v1/tokens/t-1c/revoke`,
    );
    expect(r.value.message).toBe("Токен «выгрузка в 1С» отозван.");
    expect(r.value.tokens.find((t: { id: string }) => t.id === "t-1c")).toMatchObject({ state: "revoked" });
    expect(worker.tokens.find((t) => t.id === "t-1c")!.revokedAt).not.toBeNull();
    expect(env.call("revokeApiToken", "nope")).toMatchObject({
      ok: false,
      code: "token-not-found",
      message: "Токен «nope» не найден.",
    });
  });
});
