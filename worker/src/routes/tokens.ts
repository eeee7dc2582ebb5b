import { Hono } from "hono";
import { ROUTES } from "../../../shared/api/routes.ts";
import { CreateTokenSchema, TokenListQuerySchema } from "../../../shared/api/tokens.ts";
import { RU_ROLES } from "../../../shared/i18n/ru-errors.ts";
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

const RANK = { school: 0, department: 1, admin: 2 } as const;

/** The requested part of `full`: each entry on an org of `full` at a role not above its role there. */
function narrowed(full: TokenScope[], wanted: readonly TokenScope[]): TokenScope[] {
  const byOrg = new Map(full.map((s) => [s.orgId, s]));
  const out = new Map<string, TokenScope>();
  for (const w of wanted) {
    const has = byOrg.get(w.orgId);
    if (!has || RANK[w.role] > RANK[has.role]) {
      throw new ApiError("scope-too-wide", { orgId: w.orgId, role: RU_ROLES[w.role] });
    }
    const seen = out.get(w.orgId);
    // the same org twice: the higher of the two roles asked for
    if (!seen || RANK[w.role] > RANK[seen.role]) out.set(w.orgId, { orgId: w.orgId, role: w.role });
  }
  return [...out.values()];
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
    const full = await mintingScope(db, p, email);
    const scope = body.scope ? narrowed(full, body.scope) : full;
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
