// Forged and misused Google ID tokens: each is refused with a 401 problem+json, the key set is not
// refetched for every attacker-chosen kid, and a genuine token of a stranger reaches nothing.
import { base64url, exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { AUDIENCE, googleToken, makeKey, serveJwks, type TestKey } from "./helpers/google.ts";
import { allDone, TEMPLATE_ID } from "./helpers/grids.ts";
import { EMAILS, seedWorld, type World } from "./helpers/world.ts";

let world: World;
let google: TestKey;
let rogue: TestKey;
let campaignId: string;
let jwks: { count: number };

beforeAll(async () => {
  world = await seedWorld();
  // kids unique to this file, so a key set cached by another file cannot shadow them
  google = await makeKey("hostile-google-1");
  rogue = await makeKey("hostile-rogue");
  campaignId = (await openCampaign(world.tokens.deptX, "mx")).id;
});
beforeEach(() => {
  jwks = serveJwks(() => [google]);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({
  email: EMAILS.schoolA,
  email_verified: true,
  iss: "https://accounts.google.com",
  aud: AUDIENCE,
  sub: "1234567890",
  iat: now() - 10,
  exp: now() + 3600,
  ...extra,
});

/** A JWT assembled by hand: any header, any payload, any signature bytes. */
function handmade(header: object, payload: object, signature = "c2lnbmF0dXJl"): string {
  const enc = (o: object) => base64url.encode(new TextEncoder().encode(JSON.stringify(o)));
  return `${enc(header)}.${enc(payload)}.${signature}`;
}

async function expect401(token: string, code?: string) {
  const res = await call("GET", "/api/v1/me", { token });
  const text = await res.text();
  expect(res.status, text).toBe(401);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = JSON.parse(text) as { code: string; detail: string };
  if (code) expect(body.code).toBe(code);
  expect(body.detail).toMatch(/[А-Яа-яЁё]/);
  // and the same token cannot submit anything
  const submit = await call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
    token,
    body: { submissionId: crypto.randomUUID(), grid: allDone() },
  });
  expect(submit.status).toBe(401);
}

describe("forged Google ID tokens", () => {
  it("the genuine article works (so the refusals below are about the forgery)", async () => {
    const res = await call("GET", "/api/v1/me", { token: await googleToken(google) });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ email: EMAILS.schoolA, via: "google" });
  });

  it("alg none (jose's unsecured JWT, empty signature)", async () => {
    const token = new UnsecuredJWT(claims()).encode();
    await expect401(token, "token-invalid");
  });

  it("alg none with a dummy signature, and with kid of the real key", async () => {
    await expect401(handmade({ alg: "none", typ: "JWT" }, claims()), "token-invalid");
    await expect401(handmade({ alg: "none", kid: google.kid }, claims()), "token-invalid");
    await expect401(handmade({ alg: "NONE", kid: google.kid }, claims()), "token-invalid");
  });

  it("HS256 signed with the public key (PEM, JWK JSON and modulus as the HMAC secret)", async () => {
    const publicKey = await crypto.subtle.importKey(
      "jwk",
      google.jwk as JsonWebKey,
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      true,
      ["verify"],
    );
    const secrets = [
      new TextEncoder().encode(await exportSPKI(publicKey)),
      new TextEncoder().encode(JSON.stringify(google.jwk)),
      new TextEncoder().encode(String(google.jwk.n)),
    ];
    for (const secret of secrets) {
      const token = await new SignJWT(claims())
        .setProtectedHeader({ alg: "HS256", kid: google.kid, typ: "JWT" })
        .sign(secret);
      await expect401(token, "token-invalid");
    }
  });

  it("the right key, but an algorithm other than RS256 (RS512, PS256)", async () => {
    for (const alg of ["RS512", "PS256"]) {
      const { privateKey } = await generateKeyPair(alg, { extractable: true });
      // sign with the rogue key material but claim the real kid
      const token = await new SignJWT(claims()).setProtectedHeader({ alg, kid: google.kid }).sign(privateKey);
      await expect401(token, "token-invalid");
    }
  });

  it("an embedded jwk / jku header naming the attacker's key is ignored", async () => {
    const jwk = await exportJWK((await generateKeyPair("RS256", { extractable: true })).publicKey);
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: "RS256", kid: rogue.kid, jwk, jku: "https://evil.example/jwks" })
      .sign(rogue.privateKey);
    await expect401(token, "token-invalid");
  });

  it("a valid signature under the real kid, but by another key", async () => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: "RS256", kid: google.kid })
      .sign(rogue.privateKey);
    await expect401(token, "token-invalid");
  });

  it("a genuine token with its payload swapped (another email) or its signature flipped", async () => {
    const genuine = await googleToken(google);
    const [h, , s] = genuine.split(".");
    const swapped = base64url.encode(
      new TextEncoder().encode(JSON.stringify(claims({ email: EMAILS.admin }))),
    );
    await expect401(`${h}.${swapped}.${s}`, "token-invalid");
    const flipped = s!.startsWith("A") ? `B${s!.slice(1)}` : `A${s!.slice(1)}`;
    await expect401(`${h}.${genuine.split(".")[1]}.${flipped}`, "token-invalid");
  });

  it("wrong issuer (look-alikes included)", async () => {
    for (const iss of [
      "https://evil.example",
      "https://accounts.google.com.evil.example",
      "http://accounts.google.com",
      "",
    ]) {
      await expect401(await googleToken(google, { iss }), "token-invalid");
    }
  });

  it("wrong audience, and an audience that merely contains ours", async () => {
    await expect401(
      await googleToken(google, { aud: "someone-else.apps.googleusercontent.com" }),
      "wrong-audience",
    );
    await expect401(await googleToken(google, { aud: `${AUDIENCE}.evil` }), "wrong-audience");
  });

  it("expired (beyond the 30 s tolerance), and missing exp", async () => {
    await expect401(await googleToken(google, { expiresIn: -120 }), "token-expired");
    const { exp: _exp, ...noExp } = claims();
    const token = await new SignJWT(noExp)
      .setProtectedHeader({ alg: "RS256", kid: google.kid })
      .sign(google.privateKey);
    await expect401(token, "token-invalid");
  });

  it("not yet valid (nbf an hour ahead)", async () => {
    const token = await new SignJWT(claims({ nbf: now() + 3600 }))
      .setProtectedHeader({ alg: "RS256", kid: google.kid })
      .sign(google.privateKey);
    await expect401(token);
  });

  it('email not verified (false, "false", missing) and no email at all', async () => {
    for (const extra of [
      { email_verified: false },
      { email_verified: "false" },
      { email_verified: undefined },
    ]) {
      const token = await new SignJWT(claims(extra))
        .setProtectedHeader({ alg: "RS256", kid: google.kid })
        .sign(google.privateKey);
      await expect401(token, "email-not-verified");
    }
    const { email: _e, ...noEmail } = claims();
    const token = await new SignJWT(noEmail)
      .setProtectedHeader({ alg: "RS256", kid: google.kid })
      .sign(google.privateKey);
    await expect401(token);
  });

  it("unknown kid: refused, and a flood of random kids does not become a flood of JWKS fetches", async () => {
    // the real key set must already be cached, so every lookup below is an "unknown kid" lookup
    expect((await call("GET", "/api/v1/me", { token: await googleToken(google) })).status).toBe(200);
    const before = jwks.count;
    for (let i = 0; i < 15; i++) {
      const token = await new SignJWT(claims())
        .setProtectedHeader({ alg: "RS256", kid: `random-${i}-${crypto.randomUUID()}` })
        .sign(rogue.privateKey);
      await expect401(token, "token-invalid");
    }
    expect(jwks.count - before).toBeLessThanOrEqual(1);
  });

  it("hostile kids (path traversal, huge, non-string) are plain unknown keys", async () => {
    for (const kid of ["../../../../etc/passwd", "k".repeat(10_000), "' OR 1=1 --"]) {
      const token = await new SignJWT(claims())
        .setProtectedHeader({ alg: "RS256", kid })
        .sign(rogue.privateKey);
      await expect401(token, "token-invalid");
    }
    await expect401(handmade({ alg: "RS256", kid: { $ne: null } }, claims()), "token-invalid");
    await expect401(handmade({ alg: "RS256", kid: 42 }, claims()), "token-invalid");
  });

  it("garbage that looks like a JWT (three parts of junk, non-JSON header, huge token)", async () => {
    await expect401("aaa.bbb.ccc", "token-invalid");
    await expect401(`${base64url.encode("not json")}.${base64url.encode("{}")}.x`, "token-invalid");
    await expect401(handmade({ alg: "RS256", kid: google.kid }, ["not", "an", "object"]), "token-invalid");
    await expect401(`${"a".repeat(60_000)}.${"b".repeat(60_000)}.${"c".repeat(60_000)}`);
  });

  it("malformed Authorization headers", async () => {
    const genuine = await googleToken(google);
    for (const header of [
      `Basic ${genuine}`,
      `Bearer`,
      `Bearer ${genuine} ${genuine}`,
      `Bearer\t`,
      genuine,
    ]) {
      const res = await call("GET", "/api/v1/me", { headers: { authorization: header } });
      expect(res.status, header.slice(0, 20)).toBe(401);
    }
  });
});

describe("a genuine token of a user with no membership", () => {
  const stranger = () => googleToken(google, { email: "nobody@example.org" });

  it("is authenticated but has no memberships and sees no campaigns", async () => {
    const me = await call("GET", "/api/v1/me", { token: await stranger() });
    expect(me.status).toBe(200);
    expect(await json(me)).toEqual({ email: "nobody@example.org", via: "google", memberships: [] });
    const list = await call("GET", "/api/v1/campaigns", { token: await stranger() });
    expect(await json(list)).toEqual({ campaigns: [] });
  });

  it("cannot submit (with or without naming a school), read the campaign, its summary, or create orgs", async () => {
    const token = await stranger();
    const submit = (orgId?: string) =>
      call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
        token,
        body: { submissionId: crypto.randomUUID(), grid: allDone(), ...(orgId ? { orgId } : {}) },
      });
    expect((await submit()).status).toBe(403);
    expect((await submit("sa")).status).toBe(403);
    expect((await call("GET", `/api/v1/campaigns/${campaignId}`, { token })).status).toBe(403);
    expect((await call("GET", `/api/v1/campaigns/${campaignId}/summary`, { token })).status).toBe(403);
    expect((await call("GET", `/api/v1/campaigns/${campaignId}/summary?format=csv`, { token })).status).toBe(
      403,
    );
    const org = await call("POST", "/api/v1/orgs", {
      token,
      body: { parentId: "mx", name: "Моя школа", kind: "school" },
    });
    expect(org.status).toBe(403);
    const member = await call("POST", "/api/v1/orgs/sa/members", {
      token,
      body: { email: "nobody@example.org", role: "admin" },
    });
    expect(member.status).toBe(403);
  });

  it("may still use the stateless validator (it stores nothing)", async () => {
    const res = await call("POST", "/api/v1/validate", {
      token: await stranger(),
      body: { templateId: TEMPLATE_ID, grid: allDone() },
    });
    expect(res.status).toBe(200);
  });
});
