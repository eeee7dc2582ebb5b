// «API-токены»: the user's own tokens (label, state, dates, what each may reach), «Создать токен»
// (the secret comes back once and is never stored by the add-on) and «Отозвать». The scope is fixed
// by the worker when a token is minted: the user's memberships at that moment. Each read is /me (for
// the org names of the scopes) and the list in one fetchAll.
import type { Me } from "../../../../shared/api/orgs.ts";
import { MeSchema } from "../../../../shared/api/orgs.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import {
  type ApiToken,
  ApiTokenSchema,
  CreatedTokenSchema,
  TokenListSchema,
} from "../../../../shared/api/tokens.ts";
import { RU_PEOPLE } from "../../../../shared/i18n/ru-people.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { CreatedTokenView, TokenLine, TokensView } from "../plan/people-views.ts";
import { formatLocal } from "../plan/to-iso-date.ts";
import { readSettings } from "../services/settings.ts";
import { zoneOffset } from "../services/sheet-io.ts";
import { callWorker, callWorkerEach } from "../services/worker-client.ts";

const T = RU_PEOPLE.tokens;

function workerUrl(): Result<string> {
  const { workerUrl: url } = readSettings();
  return url ? ok(url) : err("not-configured", RU_UI.errors.noWorkerUrl);
}

type Scope = ApiToken["scope"];

function scopeText(scope: Scope, names: Map<string, string>): string {
  if (scope.length === 0) return "";
  return scope
    .map((s) => fill(T.scopeItem, { org: names.get(s.orgId) ?? s.orgId, role: RU_UI.roles[s.role] }))
    .join("; ");
}

function line(t: ApiToken, names: Map<string, string>, offset: number): TokenLine {
  const state = t.revokedAt ? "revoked" : "active";
  const meta = [
    fill(T.createdAt, { date: formatLocal(t.createdAt, offset) }),
    t.revokedAt
      ? fill(T.revokedAt, { date: formatLocal(t.revokedAt, offset) })
      : t.lastUsedAt
        ? fill(T.lastUsed, { date: formatLocal(t.lastUsedAt, offset) })
        : T.neverUsed,
  ].join(" · ");
  return {
    id: t.id,
    label: t.label,
    state,
    stateText: T.state[state],
    meta,
    scopeText: fill(T.scope, { scope: scopeText(t.scope, names) || T.scopeEmpty }),
    current: t.current,
  };
}

function view(me: Me, tokens: ApiToken[], message: string): TokensView {
  const names = new Map(me.memberships.map((m) => [m.orgId, m.orgName]));
  const offset = zoneOffset();
  const mine = scopeText(
    me.memberships.map((m) => ({ orgId: m.orgId, role: m.role })),
    names,
  );
  // Live tokens first, newest first within each state.
  const sorted = [...tokens].sort(
    (a, b) => Number(!!a.revokedAt) - Number(!!b.revokedAt) || b.createdAt.localeCompare(a.createdAt),
  );
  return {
    email: me.email,
    tokens: sorted.map((t) => line(t, names, offset)),
    help: mine ? fill(T.help, { scope: mine }) : T.helpNoScope,
    scopeChoices: me.memberships.map((m) => ({
      orgId: m.orgId,
      text: fill(T.scopeItem, { org: m.orgName, role: RU_UI.roles[m.role] }),
    })),
    message,
  };
}

export function listApiTokens(message = ""): Result<TokensView> {
  const url = workerUrl();
  if (!url.ok) return url;
  const replies = callWorkerEach(url.value, [
    { method: "get", path: ROUTES.me.path, schema: MeSchema },
    { method: "get", path: ROUTES.listTokens.path, rejected: T.rejected, schema: TokenListSchema },
  ] as const);
  if ("ok" in replies) return replies;
  const [me, list] = replies;
  if (!me.ok) return me;
  if (!list.ok) return list;
  return ok(view(me.value.value, list.value.value.tokens, message));
}

/**
 * «Создать токен»: the secret is in this answer only; the add-on keeps no copy of it. `orgIds`: the
 * organisations the token may reach (at the user's role there); absent: all of the user's.
 */
export function createApiToken(label: string, orgIds?: readonly string[]): Result<CreatedTokenView> {
  const name = label.trim();
  if (!name || name.length > 100) return err("bad-label", T.badLabel);
  if (orgIds && orgIds.length === 0) return err("no-scope", T.noScope);
  const url = workerUrl();
  if (!url.ok) return url;
  let scope: { orgId: string; role: string }[] | undefined;
  if (orgIds) {
    // The roles come from /me: the worker refuses anything above them anyway (scope-too-wide).
    const me = callWorker(url.value, { method: "get", path: ROUTES.me.path }, MeSchema);
    if (!me.ok) return me;
    const wanted = new Set(orgIds);
    const mine = me.value.value.memberships;
    scope = mine.filter((m) => wanted.has(m.orgId)).map((m) => ({ orgId: m.orgId, role: m.role }));
    if (scope.length === 0) return err("no-scope", T.noScope);
    if (scope.length === mine.length) scope = undefined;
  }
  const created = callWorker(
    url.value,
    {
      method: "post",
      path: ROUTES.createToken.path,
      body: { label: name, ...(scope ? { scope } : {}) },
      rejected: T.rejected,
    },
    CreatedTokenSchema,
  );
  if (!created.ok) return created;
  const t = created.value.value;
  const listed = listApiTokens(fill(T.created, { label: t.label }));
  // The token exists even if the fresh list failed: never lose the only chance to show its secret.
  const base: TokensView = listed.ok
    ? listed.value
    : {
        email: t.email,
        tokens: [],
        help: T.helpNoScope,
        scopeChoices: [],
        message: fill(T.created, { label: t.label }),
      };
  return ok({ ...base, label: t.label, secret: t.token });
}

/** «Отозвать» (after the sidebar's confirmation), then the fresh list. */
export function revokeApiToken(tokenId: string): Result<TokensView> {
  const url = workerUrl();
  if (!url.ok) return url;
  if (!tokenId) return err("no-token", RU_UI.errors.notFound);
  const revoked = callWorker(
    url.value,
    { method: "post", path: fillPath(ROUTES.revokeToken.path, { tokenId }), rejected: T.rejected },
    ApiTokenSchema,
  );
  if (!revoked.ok) return revoked;
  return listApiTokens(fill(T.revoked, { label: revoked.value.value.label }));
}
