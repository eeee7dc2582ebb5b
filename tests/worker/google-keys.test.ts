import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { googleKeys } from "../../worker/src/auth/google-keys.ts";
import { call, json } from "./helpers/call.ts";
import { googleToken, makeKey, type TestKey } from "./helpers/google.ts";
import { EMAILS } from "./helpers/world.ts";

// Google's key set through jose's remote JWKS: cached, refetched on key rotation at most once per
// cooldown, and — the reason for it — a hanging key server fails fast instead of stalling sign-in.

afterEach(() => vi.restoreAllMocks());

const header = (k: TestKey) => ({ alg: "RS256", kid: k.kid });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeGoogle(initial: TestKey[], o: { cooldownMs?: number; cacheMaxAgeMs?: number } = {}) {
  let keys = initial;
  const state = { fetches: 0 };
  const resolve = googleKeys("https://keys.test/unit", {
    ...o,
    fetch: async () => {
      state.fetches++;
      return Response.json({ keys: keys.map((k) => k.jwk) });
    },
  });
  return { resolve, state, rotate: (next: TestKey[]) => (keys = next) };
}

/** A key endpoint that accepts the connection and never answers (it honours the abort, as fetch does). */
function hangingFetch(calls: { count: number }) {
  return (_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_, reject) => {
      calls.count++;
      init?.signal?.addEventListener("abort", () => reject(init.signal!.reason));
    });
}

describe("Google keys", () => {
  it("fetches once and serves later lookups from memory", async () => {
    const k1 = await makeKey("k1");
    const g = fakeGoogle([k1]);
    await g.resolve(header(k1));
    await g.resolve(header(k1));
    expect(g.state.fetches).toBe(1);
  });

  it("refetches after the cache age", async () => {
    const k1 = await makeKey("k1");
    const g = fakeGoogle([k1], { cacheMaxAgeMs: 30 });
    await g.resolve(header(k1));
    await sleep(50);
    await g.resolve(header(k1));
    expect(g.state.fetches).toBe(2);
  });

  it("refetches on an unknown kid (key rotation) once the cooldown has passed, and finds the new key", async () => {
    const [k1, k2] = [await makeKey("k1"), await makeKey("k2")];
    const g = fakeGoogle([k1], { cooldownMs: 30 });
    await g.resolve(header(k1));
    g.rotate([k1, k2]);
    await sleep(50);
    await expect(g.resolve(header(k2))).resolves.toBeDefined();
    expect(g.state.fetches).toBe(2);
  });

  it("does not refetch for unknown kids within the cooldown (no amplification)", async () => {
    const k1 = await makeKey("k1");
    const g = fakeGoogle([k1], { cooldownMs: 60_000 });
    await g.resolve(header(k1));
    await expect(g.resolve({ alg: "RS256", kid: "bogus-1" })).rejects.toThrow();
    await expect(g.resolve({ alg: "RS256", kid: "bogus-2" })).rejects.toThrow();
    expect(g.state.fetches).toBe(1);
  });

  it("a hanging key server times out (JWKSTimeout) instead of waiting forever", async () => {
    const calls = { count: 0 };
    const resolve = googleKeys("https://keys.test/hang", { timeoutMs: 100, fetch: hangingFetch(calls) });
    const started = Date.now();
    await expect(resolve({ alg: "RS256", kid: "k1" })).rejects.toMatchObject({ code: "ERR_JWKS_TIMEOUT" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(calls.count).toBe(1);
  });

  it("through the API: a hanging key server gives a Russian 503 within the timeout, never a hang or a 401", async () => {
    const calls = { count: 0 };
    const hang = hangingFetch(calls);
    const real = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return url === env.GOOGLE_JWKS_URL ? hang(input, init) : real(input, init);
    });
    const token = await googleToken(await makeKey("hang"), { email: EMAILS.schoolA });
    const started = Date.now();
    const res = await call("GET", "/api/v1/me", { token });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = await json<{ code: string; detail: string }>(res);
    expect(problem.code).toBe("keys-unavailable");
    expect(problem.detail).toContain("сервер ключей Google не ответил");
    expect(calls.count).toBe(1);
  });

  it("a failing key set fetch (503 from Google) is a 503 too, not an empty key set", async () => {
    const resolve = googleKeys("https://keys.test/down", {
      fetch: async () => new Response("no", { status: 503 }),
    });
    await expect(resolve({ alg: "RS256", kid: "k1" })).rejects.toThrow(/200 OK/);
  });
});
