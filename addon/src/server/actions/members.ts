// «Участники организаций» (department): the members of each org the user manages (and of the two levels
// below it), add one, change a role (PATCH), remove one. The worker enforces every rule (who may grant
// which role, the last-manager rule, 409 member-exists); its Russian refusal is shown as it is. Reads:
// /me, the managed orgs and the level below in three round trips; each list is the org and its members
// in one fetchAll.
import type { MemberRole } from "../../../../shared/api/common.ts";
import {
  MemberListSchema,
  MemberSchema,
  MeSchema,
  type Org,
  OrgDetailSchema,
} from "../../../../shared/api/orgs.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { RU_PEOPLE } from "../../../../shared/i18n/ru-people.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { MembersView, PeopleOrgOption, PeopleView } from "../plan/people-views.ts";
import { readSettings } from "../services/settings.ts";
import { type ApiRequest, callWorker, callWorkerAll, callWorkerEach } from "../services/worker-client.ts";

const T = RU_PEOPLE.members;
const ROLES: readonly MemberRole[] = ["school", "department", "admin"];
const RANK: Record<MemberRole, number> = { admin: 0, department: 1, school: 2 };
// Not a full RFC 5322 check: the worker's zod decides; this only stops an obvious typo early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function workerUrl(): Result<string> {
  const { workerUrl: url } = readSettings();
  return url ? ok(url) : err("not-configured", RU_UI.errors.noWorkerUrl);
}

/** A plain 403 on a member route means «you do not manage this org»: say so with its name. */
function explain<T>(r: Result<T>, orgName: string): Result<T> {
  if (r.ok || r.code !== "forbidden") return r;
  return err("forbidden", fill(T.forbidden, { org: orgName }));
}

/**
 * Who asks, and the orgs they manage with two levels below (region → municipalities → schools), depth
 * first: the choice of «Организация». Three round trips: /me, the managed orgs, their non-school children.
 */
export function loadPeople(): Result<PeopleView> {
  const url = workerUrl();
  if (!url.ok) return url;
  const me = callWorker(url.value, { method: "get", path: ROUTES.me.path }, MeSchema);
  if (!me.ok) return me;
  const managed = me.value.value.memberships.filter((m) => m.role !== "school");
  const childrenOf = (ids: readonly string[]): Result<Map<string, Org[]>> => {
    const details = callWorkerAll(
      url.value,
      ids.map((orgId): ApiRequest => ({ method: "get", path: fillPath(ROUTES.getOrg.path, { orgId }) })),
      OrgDetailSchema,
    );
    if (!Array.isArray(details)) return details;
    const byParent = new Map<string, Org[]>();
    ids.forEach((id, i) => {
      const d = details[i]!;
      const kids = d.ok ? [...d.value.value.children] : [];
      byParent.set(
        id,
        kids.sort((a, b) => a.name.localeCompare(b.name, "ru")),
      );
    });
    return ok(byParent);
  };
  const first = childrenOf(managed.map((m) => m.orgId));
  if (!first.ok) return first;
  const inner = [
    ...new Set(
      [...first.value.values()]
        .flat()
        .filter((o) => o.kind !== "school")
        .map((o) => o.id),
    ),
  ];
  const second = childrenOf(inner);
  if (!second.ok) return second;
  const seen = new Set<string>();
  const orgs: PeopleOrgOption[] = [];
  const push = (id: string, name: string, level: 0 | 1 | 2) => {
    if (seen.has(id)) return false;
    seen.add(id);
    orgs.push({ id, name, level });
    return true;
  };
  // A region admin who is also a municipality's department sees that municipality once.
  for (const m of managed) {
    if (!push(m.orgId, m.orgName, 0)) continue;
    for (const c of first.value.get(m.orgId) ?? []) {
      if (!push(c.id, c.name, 1)) continue;
      for (const g of second.value.get(c.id) ?? []) push(g.id, g.name, 2);
    }
  }
  return ok({
    me: me.value.value.email,
    orgs,
    roles: ROLES.map((value) => ({ value, text: RU_UI.roles[value] })),
  });
}

/** The org's name and members (one fetchAll), sorted admins first, then by email. */
export function listMembers(orgId: string, message = ""): Result<MembersView> {
  const url = workerUrl();
  if (!url.ok) return url;
  if (!orgId) return err("no-org", T.noOrg);
  const replies = callWorkerEach(url.value, [
    { method: "get", path: fillPath(ROUTES.getOrg.path, { orgId }), schema: OrgDetailSchema },
    {
      method: "get",
      path: fillPath(ROUTES.listMembers.path, { orgId }),
      rejected: T.listRejected,
      schema: MemberListSchema,
    },
  ] as const);
  if ("ok" in replies) return replies;
  const [org, list] = replies;
  const orgName = org.ok ? org.value.value.name : orgId;
  if (!org.ok) return explain(org, orgName);
  if (!list.ok) return explain(list, orgName);
  const members = [...list.value.value.members]
    .sort((a, b) => RANK[a.role] - RANK[b.role] || a.email.localeCompare(b.email))
    .map((m) => ({ email: m.email, role: m.role, roleText: RU_UI.roles[m.role] }));
  return ok({ orgId, orgName, members, message });
}

function checkRole(role: string): Result<MemberRole> {
  return (ROLES as readonly string[]).includes(role)
    ? ok(role as MemberRole)
    : err("bad-role", fill(T.badRole, { role }));
}

/** One member request, then the fresh list with `done(member)` as its message. */
function act(
  orgId: string,
  req: ApiRequest,
  done: (m: { email: string; role: MemberRole; replay: boolean }, orgName: string) => string,
): Result<MembersView> {
  const url = workerUrl();
  if (!url.ok) return url;
  if (!orgId) return err("no-org", T.noOrg);
  const r = callWorker(url.value, { ...req, rejected: T.rejected }, MemberSchema);
  if (!r.ok) {
    // The org's name makes a plain 403 say whose members these are; one GET, only on that path.
    if (r.code !== "forbidden") return r;
    const org = callWorker(
      url.value,
      { method: "get", path: fillPath(ROUTES.getOrg.path, { orgId }) },
      OrgDetailSchema,
    );
    return explain(r, org.ok ? org.value.value.name : orgId);
  }
  const listed = listMembers(orgId);
  if (!listed.ok) return listed;
  const m = r.value.value;
  return ok({
    ...listed.value,
    message: done({ email: m.email, role: m.role, replay: r.value.status === 200 }, listed.value.orgName),
  });
}

/** «Добавить участника»: POST …/members (201 added, 200 already so; 409 another role: the worker says). */
export function addMember(orgId: string, email: string, role: string): Result<MembersView> {
  const address = email.trim().toLowerCase();
  if (!EMAIL.test(address)) return err("bad-email", fill(T.badEmail, { email: email.trim() }));
  const checked = checkRole(role);
  if (!checked.ok) return checked;
  return act(
    orgId,
    {
      method: "post",
      path: fillPath(ROUTES.addMember.path, { orgId }),
      body: { email: address, role: checked.value },
    },
    (m, org) => fill(m.replay ? T.already : T.added, { email: m.email, org, role: RU_UI.roles[m.role] }),
  );
}

/** A new role from the member's list: PATCH …/members/{email}. */
export function changeMemberRole(orgId: string, email: string, role: string): Result<MembersView> {
  const checked = checkRole(role);
  if (!checked.ok) return checked;
  return act(
    orgId,
    {
      method: "patch",
      path: fillPath(ROUTES.changeMemberRole.path, { orgId, email }),
      body: { role: checked.value },
    },
    (m, org) => fill(T.changed, { email: m.email, org, role: RU_UI.roles[m.role] }),
  );
}

/** «Удалить» (after the sidebar's confirmation): DELETE …/members/{email}. */
export function removeMember(orgId: string, email: string): Result<MembersView> {
  if (!email) return err("bad-email", fill(T.badEmail, { email }));
  return act(
    orgId,
    { method: "delete", path: fillPath(ROUTES.removeMember.path, { orgId, email }) },
    (m, org) => fill(T.removed, { email: m.email, org }),
  );
}
