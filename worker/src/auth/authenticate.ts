import { createMiddleware } from "hono/factory";
import { repos } from "../db/index.ts";
import type { Env } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { looksLikeApiToken, sha256Hex } from "./api-token.ts";
import { devUser } from "./dev-user.ts";
import { audiences, looksLikeJwt, verifyGoogleIdToken } from "./google-token.ts";
import { jwksFor } from "./jwks-cache.ts";
import type { Principal } from "./principal.ts";

export type AuthEnv = { Bindings: Env; Variables: { principal: Principal } };

async function identify(request: Request, env: Env): Promise<Pick<Principal, "email" | "via">> {
  const dev = devUser(request, env.DEV_AUTH);
  if (dev !== null) return { email: dev, via: "dev" };
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError("unauthenticated");
  const token = match[1]!;
  if (looksLikeApiToken(token)) {
    const email = await repos(env).tokens.emailFor(await sha256Hex(token));
    if (email === null) throw new ApiError("token-invalid");
    return { email, via: "api-token" };
  }
  if (looksLikeJwt(token)) {
    const email = await verifyGoogleIdToken(
      token,
      jwksFor(env.GOOGLE_JWKS_URL),
      audiences(env.ALLOWED_AUDIENCES),
    );
    return { email, via: "google" };
  }
  throw new ApiError("token-invalid");
}

/** Every /api route: who is it (Google ID token, API token or dev header), and where are they a member. */
export const authenticate = createMiddleware<AuthEnv>(async (c, next) => {
  const who = await identify(c.req.raw, c.env);
  const rows = await repos(c.env).orgs.membershipsOf(who.email);
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
