import { describe, expect, it } from "vitest";
import { JwksCache } from "../../worker/src/auth/jwks-cache.ts";
import { makeKey, type TestKey } from "./helpers/google.ts";

function fakeGoogle(initial: TestKey[], maxAge = 3600) {
  let keys = initial;
  const state = { fetches: 0, clock: 1_000_000 };
  const cache = new JwksCache("https://keys.test/unit", {
    now: () => state.clock,
    refetchCooldownMs: 30_000,
    fetch: async () => {
      state.fetches++;
      return Response.json(
        { keys: keys.map((k) => k.jwk) },
        { headers: { "cache-control": `max-age=${maxAge}` } },
      );
    },
  });
  return { cache, state, rotate: (next: TestKey[]) => (keys = next) };
}

const header = (k: TestKey) => ({ alg: "RS256", kid: k.kid });

describe("JwksCache", () => {
  it("fetches once and serves later lookups from memory", async () => {
    const k1 = await makeKey("k1");
    const g = fakeGoogle([k1]);
    await g.cache.resolve(header(k1));
    await g.cache.resolve(header(k1));
    expect(g.state.fetches).toBe(1);
  });

  it("concurrent first lookups share one fetch", async () => {
    const k1 = await makeKey("k1");
    const g = fakeGoogle([k1]);
    await Promise.all([
      g.cache.resolve(header(k1)),
      g.cache.resolve(header(k1)),
      g.cache.resolve(header(k1)),
    ]);
    expect(g.state.fetches).toBe(1);
  });

  it("refetches after the Cache-Control max-age", async () => {
    const k1 = await makeKey("k1");
    const g = fakeGoogle([k1], 60);
    await g.cache.resolve(header(k1));
    g.state.clock += 61_000;
    await g.cache.resolve(header(k1));
    expect(g.state.fetches).toBe(2);
  });

  it("refetches once on an unknown kid (key rotation) and finds the new key", async () => {
    const [k1, k2] = [await makeKey("k1"), await makeKey("k2")];
    const g = fakeGoogle([k1]);
    await g.cache.resolve(header(k1));
    g.rotate([k1, k2]);
    g.state.clock += 31_000;
    await expect(g.cache.resolve(header(k2))).resolves.toBeDefined();
    expect(g.state.fetches).toBe(2);
  });

  it("does not refetch for unknown kids within the cooldown (no amplification)", async () => {
    const k1 = await makeKey("k1");
    const g = fakeGoogle([k1]);
    await g.cache.resolve(header(k1));
    g.state.clock += 31_000;
    await expect(g.cache.resolve({ alg: "RS256", kid: "bogus-1" })).rejects.toThrow();
    await expect(g.cache.resolve({ alg: "RS256", kid: "bogus-2" })).rejects.toThrow();
    expect(g.state.fetches).toBe(2);
  });

  it("a failing key set fetch is an error, not an empty key set", async () => {
    const cache = new JwksCache("https://keys.test/down", {
      fetch: async () => new Response("no", { status: 503 }),
    });
    await expect(cache.resolve({ alg: "RS256", kid: "k1" })).rejects.toThrow(/503/);
  });
});
