import { env } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sha256Hex } from "../../worker/src/auth/api-token.ts";
import { repos } from "../../worker/src/db/index.ts";
import { call, json } from "./helpers/call.ts";
import { googleToken, makeKey, serveJwks, type TestKey } from "./helpers/google.ts";
import { EMAILS, seedWorld, type World } from "./helpers/world.ts";

let world: World;
let k1: TestKey;
let k2: TestKey;
let keys: TestKey[];
let jwks: { count: number };

beforeAll(async () => {
  world = await seedWorld();
  k1 = await makeKey("google-1");
  k2 = await makeKey("google-2");
  keys = [k1];
});

// The spy is installed per test (vitest restores mocks between tests when asked to).
const serve = () => {
  jwks = serveJwks(() => keys);
};
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const me = (token?: string, extra: Parameters<typeof call>[2] = {}) =>
  call("GET", "/api/v1/me", { token, ...extra });

describe("no or malformed credentials", () => {
  it("no Authorization header → 401 unauthenticated with WWW-Authenticate", async () => {
    const res = await me();
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await json(res)).toMatchObject({ code: "unauthenticated", status: 401 });
  });

  it("a token that is neither a JWT nor an API token → 401 token-invalid", async () => {
    expect(await json(await me("hello"))).toMatchObject({ code: "token-invalid" });
  });
});

describe("API tokens", () => {
  it("a stored token identifies its user and memberships", async () => {
    const res = await me(world.tokens.deptX);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      email: EMAILS.deptX,
      via: "api-token",
      memberships: [{ orgId: "mx", orgName: "ГО Стрежевой", kind: "municipality", role: "department" }],
    });
  });

  it("only the SHA-256 is stored, and an unknown or revoked token is refused", async () => {
    const hash = await sha256Hex(world.tokens.schoolB);
    expect(await repos(env).tokens.lookup(hash)).toMatchObject({ email: EMAILS.schoolB, revoked_at: null });
    expect(await repos(env).tokens.lookup(world.tokens.schoolB)).toBeNull();
    await repos(env).tokens.revoke(world.tokenIds.schoolB, EMAILS.admin, "2026-01-02T00:00:00.000Z");
    expect(await json(await me(world.tokens.schoolB))).toMatchObject({ code: "token-revoked" });
    const unknown = `svk_${"A".repeat(43)}`;
    expect((await me(unknown)).status).toBe(401);
  });
});

describe("Google ID tokens", () => {
  it("a valid token signed by Google's key maps the email to memberships", async () => {
    serve();
    const res = await me(await googleToken(k1, { email: "School-A@Example.org" }));
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      email: EMAILS.schoolA,
      via: "google",
      memberships: [{ orgId: "sa" }],
    });
  });

  it("accepts the bare issuer accounts.google.com and the second configured audience", async () => {
    serve();
    const token = await googleToken(k1, {
      iss: "accounts.google.com",
      aud: "test-client-2.apps.googleusercontent.com",
    });
    expect((await me(token)).status).toBe(200);
  });

  it("expired → 401 token-expired", async () => {
    serve();
    const res = await me(await googleToken(k1, { expiresIn: -120 }));
    expect(res.status).toBe(401);
    expect(await json(res)).toMatchObject({ code: "token-expired" });
  });

  it("wrong audience → 401 wrong-audience", async () => {
    serve();
    const res = await me(await googleToken(k1, { aud: "someone-else.apps.googleusercontent.com" }));
    expect(await json(res)).toMatchObject({ status: 401, code: "wrong-audience" });
  });

  it("no audience configured → every token refused", async () => {
    serve();
    const res = await me(await googleToken(k1), { env: { ALLOWED_AUDIENCES: " " } });
    expect(await json(res)).toMatchObject({ status: 401, code: "wrong-audience" });
  });

  it("wrong issuer → 401 token-invalid", async () => {
    serve();
    const res = await me(await googleToken(k1, { iss: "https://evil.example.org" }));
    expect(await json(res)).toMatchObject({ status: 401, code: "token-invalid" });
  });

  it("unverified email → 401 email-not-verified", async () => {
    serve();
    const res = await me(await googleToken(k1, { emailVerified: false }));
    expect(await json(res)).toMatchObject({ status: 401, code: "email-not-verified" });
  });

  it("a token signed by a key Google never published → 401", async () => {
    serve();
    const forged = await makeKey("google-1"); // same kid, different key
    const res = await me(await googleToken(forged));
    expect(await json(res)).toMatchObject({ status: 401, code: "token-invalid" });
  });

  it("the key set is cached at module scope, and an unknown kid after rotation refetches once", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    serve();
    expect((await me(await googleToken(k1))).status).toBe(200);
    expect((await me(await googleToken(k1))).status).toBe(200);
    const before = jwks.count;
    expect(before).toBeLessThanOrEqual(1); // 0 if an earlier test already filled the cache
    keys = [k1, k2];
    vi.setSystemTime(Date.now() + 60_000); // past the refetch cooldown
    expect((await me(await googleToken(k2))).status).toBe(200);
    expect(jwks.count).toBe(before + 1);
    expect((await me(await googleToken(k2))).status).toBe(200);
    expect(jwks.count).toBe(before + 1);
  });
});

describe("dev mode header", () => {
  const dev = { headers: { "X-Svodka-Dev-User": EMAILS.deptY } };

  it("is off in the committed wrangler.toml", () => {
    expect(env.DEV_AUTH).toBe("0");
  });

  it("is refused when DEV_AUTH is not 1, even with a valid token alongside", async () => {
    for (const value of ["0", undefined, "true", "yes"]) {
      const res = await me(world.tokens.deptX, { ...dev, env: { DEV_AUTH: value } });
      expect(res.status).toBe(401);
      expect(await json(res)).toMatchObject({ code: "dev-auth-disabled" });
    }
  });

  it("works with DEV_AUTH=1 on localhost", async () => {
    const res = await me(undefined, { ...dev, env: { DEV_AUTH: "1" } });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ email: EMAILS.deptY, via: "dev" });
  });

  it("is refused on a deployed host even with DEV_AUTH=1", async () => {
    const res = await me(undefined, { ...dev, env: { DEV_AUTH: "1" }, host: "svodka.example.workers.dev" });
    expect(await json(res)).toMatchObject({ status: 401, code: "dev-auth-disabled" });
  });
});
