import { Hono } from "hono";
import { ROUTES } from "../../../shared/api/routes.ts";
import { CreateTokenSchema, TokenListQuerySchema } from "../../../shared/api/tokens.ts";
import { newApiToken, newTokenId, sha256Hex } from "../auth/api-token.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { administersUser, canGrant } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import { nowIso } from "../clock.ts";
import { type Repos, repos } from "../db/index.ts";
import type { TokenScope } from "../db/tokens-repo.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody, queryOf } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { tokenView } from "../views/token-view.ts";

/** The caller's own tokens, or (admins) those of a user entirely under their admin organisations. */
async function requireTokenOwnerOrAdmin(db: Repos, p: Principal, email: string): Promise<void> {
  if (email === p.email) return;
  if (!administersUser(p, await db.orgs.membershipsOf(email))) throw new ApiError("forbidden");
}

/**
 * What a new token may ever reach: for oneself, what this request acts with (already bounded when it
 * came with a token); for another user, their memberships the admin could grant today.
 */
async function mintingScope(db: Repos, p: Principal, email: string): Promise<TokenScope[]> {
  if (email === p.email) return p.memberships.map((m) => ({ orgId: m.orgId, role: m.role }));
  const target = await db.orgs.membershipsOf(email);
  return target
    .filter((m) => canGrant(p, { id: m.org_id, path: m.path }, m.role))
    .map((m) => ({ orgId: m.org_id, role: m.role }));
}

export const tokenRoutes = new Hono<AuthEnv>()
  .get(ROUTES.listTokens.path, queryOf(TokenListQuerySchema), async (c) => {
    const db = repos(c.env);
    const p = c.get("principal");
    const email = c.req.valid("query").email ?? p.email;
    await requireTokenOwnerOrAdmin(db, p, email);
    const rows = await db.tokens.listFor(email);
    return c.json({ email, tokens: rows.map((r) => tokenView(r, p.tokenId)) });
  })
  .post(ROUTES.createToken.path, jsonBody(CreateTokenSchema), async (c) => {
    const db = repos(c.env);
    const p = c.get("principal");
    const body = c.req.valid("json");
    const email = body.email ?? p.email;
    await requireTokenOwnerOrAdmin(db, p, email);
    const scope = await mintingScope(db, p, email);
    const token = newApiToken();
    const id = newTokenId();
    const row = await db.tokens.insert(
      // A token minted with a token is revoked with it (see TokensRepo.revoke).
      {
        id,
        tokenHash: await sha256Hex(token),
        email,
        label: body.label,
        createdBy: p.email,
        parentId: p.tokenId,
        scope,
      },
      nowIso(),
    );
    return c.json({ ...tokenView(row, p.tokenId), token }, 201);
  })
  .post(honoPath(ROUTES.revokeToken.path), async (c) => {
    const db = repos(c.env);
    const p = c.get("principal");
    const tokenId = c.req.param("tokenId");
    const row = await db.tokens.get(tokenId);
    if (!row) throw new ApiError("token-not-found", { tokenId });
    await requireTokenOwnerOrAdmin(db, p, row.email);
    // Idempotent: revoking a revoked token answers it as it is.
    await db.tokens.revoke(row.id, p.email, nowIso());
    return c.json(tokenView((await db.tokens.get(row.id))!, p.tokenId));
  });
