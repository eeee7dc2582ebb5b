import { createMiddleware } from "hono/factory";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import type { Env } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { looksLikeApiToken, sha256Hex } from "./api-token.ts";
import { devUser } from "./dev-user.ts";
import { googleKeysFor } from "./google-keys.ts";
import { audiences, looksLikeJwt, verifyGoogleIdToken } from "./google-token.ts";
import type { Principal } from "./principal.ts";

export type AuthEnv = { Bindings: Env; Variables: { principal: Principal } };

/** A token's `last_used_at` is written at most this often (not one D1 write per request). */
export const TOKEN_TOUCH_MS = 10 * 60 * 1000;

type Identity = Pick<Principal, "email" | "via" | "tokenId"> & { touch?: boolean };

async function identify(request: Request, env: Env): Promise<Identity> {
  const dev = devUser(request, env.DEV_AUTH);
  if (dev !== null) return { email: dev, via: "dev" };
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError("unauthenticated");
  const token = match[1]!;
  if (looksLikeApiToken(token)) {
    // Looked up on every request (no cache), so a revocation applies to the very next one.
    const row = await repos(env).tokens.lookup(await sha256Hex(token));
    if (row === null) throw new ApiError("token-invalid");
    if (row.revoked_at !== null) throw new ApiError("token-revoked");
    const stale = new Date(Date.now() - TOKEN_TOUCH_MS).toISOString();
    return {
      email: row.email,
      via: "api-token",
      tokenId: row.id,
      touch: row.last_used_at === null || row.last_used_at < stale,
    };
  }
  if (looksLikeJwt(token)) {
    const email = await verifyGoogleIdToken(
      token,
      googleKeysFor(env.GOOGLE_JWKS_URL),
      audiences(env.ALLOWED_AUDIENCES),
    );
    return { email, via: "google" };
  }
  throw new ApiError("token-invalid");
}

/**
 * Every /api route: who is it (Google ID token, API token or dev header), and where are they a member.
 * Memberships are read on every request too: a removed member loses access on their next one. With
 * an API token they are bounded by the token's scope.
 */
export const authenticate = createMiddleware<AuthEnv>(async (c, next) => {
  const { touch, ...who } = await identify(c.req.raw, c.env);
  if (touch && who.tokenId) {
    // "last used" is bookkeeping: written after the response where the runtime allows it.
    const write = repos(c.env)
      .tokens.touch(who.tokenId, nowIso())
      .catch((error: unknown) => console.error("token touch failed", error));
    try {
      c.executionCtx.waitUntil(write);
    } catch {
      await write;
    }
  }
  // An API token acts only within the scope it was minted for (migration 0003).
  const orgs = repos(c.env).orgs;
  const rows = who.tokenId
    ? await orgs.membershipsThroughToken(who.email, who.tokenId)
    : await orgs.membershipsOf(who.email);
  c.set("principal", {
    ...who,
    memberships: rows.map((r) => ({
      orgId: r.org_id,
      orgName: r.name,
      kind: r.kind,
      path: r.path,
      role: r.role,
    })),
  });
  await next();
});
