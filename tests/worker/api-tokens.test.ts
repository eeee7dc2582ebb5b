import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiToken, CreatedToken, TokenList } from "../../shared/api/tokens.ts";
import { newApiToken, sha256Hex } from "../../worker/src/auth/api-token.ts";
import { repos } from "../../worker/src/db/index.ts";
import { call, json } from "./helpers/call.ts";
import { EMAILS, seedWorld, type World } from "./helpers/world.ts";

// API tokens over HTTP: create (text shown once), list (never the hash or text), revoke (at once).

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const create = async (token: string, body: Record<string, unknown> = {}) => {
  const res = await call("POST", "/api/v1/tokens", { token, body });
  expect(res.status, await res.clone().text()).toBe(201);
  return json<CreatedToken>(res);
};
const list = async (token: string, query = "") =>
  json<TokenList>(await call("GET", `/api/v1/tokens${query}`, { token }));
const me = (token: string) => call("GET", "/api/v1/me", { token });
const revoke = (token: string, id: string) => call("POST", `/api/v1/tokens/${id}/revoke`, { token });

describe("create and list", () => {
  it("a new token works at once, is listed with its use, and the list never carries a hash or a token", async () => {
    const created = await create(world.tokens.deptX, { label: "выгрузка сводки" });
    expect(created).toMatchObject({
      email: EMAILS.deptX,
      label: "выгрузка сводки",
      createdBy: EMAILS.deptX,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(created.token).toMatch(/^svk_[A-Za-z0-9_-]{43}$/);
    expect(created.id).toMatch(/^[0-9a-f]{16}$/);

    expect(await json(await me(created.token))).toMatchObject({ email: EMAILS.deptX, via: "api-token" });

    const res = await call("GET", "/api/v1/tokens", { token: created.token });
    const text = await res.clone().text();
    const body = await json<TokenList>(res);
    expect(body.email).toBe(EMAILS.deptX);
    expect(body.tokens.map((t) => t.id)).toEqual(expect.arrayContaining([created.id, world.tokenIds.deptX]));
    const mine = body.tokens.find((t) => t.id === created.id)!;
    expect(mine.current).toBe(true);
    expect(mine.lastUsedAt).not.toBeNull();
    expect(body.tokens.find((t) => t.id === world.tokenIds.deptX)!.current).toBe(false);
    // neither the text nor the SHA-256 of any token, nor a field that could carry one
    for (const secret of [created.token, world.tokens.deptX]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(await sha256Hex(secret));
    }
    expect(text).not.toMatch(/hash|"token"|[0-9a-f]{64}/i);
    for (const t of body.tokens) {
      expect(Object.keys(t).sort()).toEqual(
        [
          "createdAt",
          "createdBy",
          "current",
          "email",
          "id",
          "label",
          "lastUsedAt",
          "revokedAt",
          "revokedBy",
          "scope",
        ].sort(),
      );
    }
  });

  it("lists only the caller's own tokens", async () => {
    const body = await list(world.tokens.schoolA);
    expect(body.tokens.length).toBeGreaterThan(0);
    expect(body.tokens.every((t) => t.email === EMAILS.schoolA)).toBe(true);
  });

  it("an admin creates a token for a user under their admin organisation; it acts as that user", async () => {
    const created = await create(world.tokens.admin, { email: "School-C@Example.org", label: "для школы" });
    expect(created).toMatchObject({ email: EMAILS.schoolC, createdBy: EMAILS.admin });
    expect(await json(await me(created.token))).toMatchObject({ email: EMAILS.schoolC });
    expect((await list(world.tokens.admin, `?email=${EMAILS.schoolC}`)).tokens.map((t) => t.id)).toContain(
      created.id,
    );
  });

  it("an admin cannot mint access for a user who is also a member outside their admin organisations", async () => {
    const db = repos(env);
    const now = new Date().toISOString();
    await db.orgs.create({ id: "other-root", parentId: null, name: "Другой регион", kind: "region" }, now);
    await db.orgs.upsertMember("sa", "two-trees@example.org", "school", now);
    await db.orgs.upsertMember("other-root", "two-trees@example.org", "department", now);
    const res = await call("POST", "/api/v1/tokens", {
      token: world.tokens.admin,
      body: { email: "two-trees@example.org" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    // nor for someone with no membership at all
    const stranger = await call("POST", "/api/v1/tokens", {
      token: world.tokens.admin,
      body: { email: EMAILS.stranger },
    });
    expect(stranger.status).toBe(403);
  });

  it("bad bodies are Russian 400s", async () => {
    const res = await call("POST", "/api/v1/tokens", { token: world.tokens.schoolA, body: { label: "" } });
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ code: "bad-request" });
    const email = await call("POST", "/api/v1/tokens", {
      token: world.tokens.schoolA,
      body: { email: "nope" },
    });
    expect(email.status).toBe(400);
  });
});

describe("revoke", () => {
  it("a revoked token is refused on its very next request: 401 token-revoked with a Russian detail", async () => {
    const created = await create(world.tokens.schoolB, { label: "временный" });
    expect((await me(created.token)).status).toBe(200);
    const res = await revoke(world.tokens.schoolB, created.id);
    expect(res.status).toBe(200);
    const revoked = await json<ApiToken>(res);
    expect(revoked).toMatchObject({ id: created.id, revokedBy: EMAILS.schoolB });
    expect(revoked.revokedAt).not.toBeNull();

    const refused = await me(created.token);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const problem = await json<{ code: string; detail: string }>(refused);
    expect(problem.code).toBe("token-revoked");
    expect(problem.detail).toMatch(/отозван/);

    // idempotent: the first revocation time stays
    const again = await json<ApiToken>(await revoke(world.tokens.schoolB, created.id));
    expect(again.revokedAt).toBe(revoked.revokedAt);
    // and it stays listed, as revoked
    const listed = (await list(world.tokens.schoolB)).tokens.find((t) => t.id === created.id)!;
    expect(listed.revokedAt).toBe(revoked.revokedAt);
  });

  it("a token may revoke itself", async () => {
    const created = await create(world.tokens.schoolB);
    expect((await revoke(created.token, created.id)).status).toBe(200);
    expect((await me(created.token)).status).toBe(401);
  });

  it("revoking a token revokes every token minted with it, however deep", async () => {
    const parent = await create(world.tokens.deptY, { label: "parent" });
    const child = await create(parent.token, { label: "child" });
    const grandchild = await create(child.token, { label: "grandchild" });
    const sibling = await create(world.tokens.deptY, { label: "independent" });
    expect((await revoke(world.tokens.deptY, parent.id)).status).toBe(200);
    for (const t of [parent, child, grandchild]) expect((await me(t.token)).status).toBe(401);
    expect((await me(sibling.token)).status).toBe(200);
    expect((await me(world.tokens.deptY)).status).toBe(200);
  });

  it("someone else's token: 403 (an admin over the owner may); an unknown id: 404", async () => {
    const created = await create(world.tokens.schoolA, { label: "чужой" });
    for (const who of ["schoolB", "deptX", "region", "stranger"] as const) {
      expect((await revoke(world.tokens[who], created.id)).status, who).toBe(403);
    }
    expect((await me(created.token)).status).toBe(200);
    expect((await revoke(world.tokens.admin, created.id)).status).toBe(200);
    expect((await me(created.token)).status).toBe(401);

    const unknown = await revoke(world.tokens.schoolA, "0123456789abcdef");
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toMatchObject({ code: "token-not-found" });
  });

  it("tokens stored as `npm run token` and `npm start` store them (no id given) get an id and can be revoked", async () => {
    const token = newApiToken();
    await env.DB.prepare(
      "INSERT INTO api_tokens (token_hash, email, label, created_at) VALUES (?, 'cli@example.org', 'cli', ?)",
    )
      .bind(await sha256Hex(token), new Date().toISOString())
      .run();
    const body = await list(token);
    expect(body.tokens).toHaveLength(1);
    expect(body.tokens[0]).toMatchObject({ label: "cli", createdBy: null, current: true });
    expect(body.tokens[0]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect((await revoke(token, body.tokens[0]!.id)).status).toBe(200);
    expect((await me(token)).status).toBe(401);
  });
});
