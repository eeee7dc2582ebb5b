import { env } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ROUTES } from "../../shared/api/routes.ts";
import { newApiToken, newTokenId, sha256Hex } from "../../worker/src/auth/api-token.ts";
import { repos } from "../../worker/src/db/index.ts";
import { call } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { googleToken, makeKey, serveJwks, type TestKey } from "./helpers/google.ts";
import { allDone } from "./helpers/grids.ts";
import { EMAILS, seedWorld, type Who, type World } from "./helpers/world.ts";

// Every route × who is asking. School A vs school B, department X vs department Y, the region above
// both, plus no token / expired / wrong audience on every authenticated route.

let world: World;
let key: TestKey;
let campaignX: string;
let campaignRegion: string;
let submissionA: string;
/** a spare token of school B's that the revoke rows revoke (revoking twice is a 200 too) */
const spareTokenB = newTokenId();

beforeAll(async () => {
  world = await seedWorld();
  key = await makeKey("matrix");
  campaignX = (await openCampaign(world.tokens.deptX, "mx")).id;
  await openCampaign(world.tokens.deptY, "my");
  campaignRegion = (await openCampaign(world.tokens.region, "reg")).id;
  submissionA = (await submitGrid(world.tokens.schoolA, campaignX, allDone())).body.submissionId;
  await submitGrid(world.tokens.schoolA, campaignX, allDone());
  const db = repos(env);
  const now = new Date().toISOString();
  await db.tokens.insert(
    { id: spareTokenB, tokenHash: await sha256Hex(newApiToken()), email: EMAILS.schoolB, label: "spare" },
    now,
  );
  // Members the removal rows remove, one per row that succeeds.
  for (const n of [1, 2, 3]) await db.orgs.upsertMember("sa", `leaver-${n}@example.org`, "school", now);
  await db.orgs.upsertMember("mx", "colleague-x@example.org", "department", now);
  await db.orgs.upsertMember("mx", "admin-x@example.org", "admin", now);
  // Members the role-change rows change.
  await db.orgs.upsertMember("sa", "up-1@example.org", "school", now);
  await db.orgs.upsertMember("mx", "down-1@example.org", "department", now);
  await db.orgs.upsertMember("mx", "down-2@example.org", "department", now);
  await db.orgs.upsertMember("mx", "same-1@example.org", "department", now);
});
afterEach(() => vi.restoreAllMocks());

interface Case {
  route: keyof typeof ROUTES;
  /** `who` is the caller of the row (for rows about oneself) */
  request: (who?: Who) => { method: string; path: string; body?: unknown };
  expect: Partial<Record<Who, number>>;
}

const campaignBody = (orgId: string) => ({
  orgId,
  name: "Матрица",
  templateId: "municipal-roadmap",
  templateVersion: 1,
  period: { start: "2020-01-01", end: "2024-12-31" },
  reportDate: "2023-12-31",
  dueDate: "2099-12-31",
});

/** each user's own org (the stranger has none: it asks about school A) */
const HOME: Record<Who, string> = {
  schoolA: "sa",
  schoolB: "sb",
  schoolC: "sc",
  deptX: "mx",
  deptY: "my",
  region: "reg",
  admin: "reg",
  stranger: "sa",
};

const CASES: Case[] = [
  {
    route: "me",
    request: () => ({ method: "GET", path: "/api/v1/me" }),
    expect: { schoolA: 200, deptY: 200, stranger: 200 },
  },
  {
    route: "templates",
    request: () => ({ method: "GET", path: "/api/v1/templates" }),
    expect: { schoolA: 200, stranger: 200 },
  },
  {
    route: "createOrg",
    request: () => ({
      method: "POST",
      path: "/api/v1/orgs",
      body: { parentId: "mx", name: "Новая школа", kind: "school" },
    }),
    expect: { deptX: 201, region: 201, admin: 201, deptY: 403, schoolA: 403, stranger: 403 },
  },
  {
    route: "getOrg",
    request: () => ({ method: "GET", path: "/api/v1/orgs/sa" }),
    expect: { schoolA: 200, schoolB: 403, deptX: 200, deptY: 403, region: 200, stranger: 403 },
  },
  {
    route: "listMembers",
    request: () => ({ method: "GET", path: "/api/v1/orgs/mx/members" }),
    expect: { deptX: 200, deptY: 403, schoolA: 403, admin: 200 },
  },
  {
    route: "addMember",
    request: () => ({
      method: "POST",
      path: "/api/v1/orgs/sa/members",
      body: { email: "new@example.org", role: "school" },
    }),
    // the second add of the same member with the same role is a replay: 200
    expect: { deptX: 201, deptY: 403, schoolA: 403, schoolB: 403, admin: 200 },
  },
  {
    route: "addMember",
    request: () => ({
      method: "POST",
      path: "/api/v1/orgs/mx/members",
      body: { email: "boss@example.org", role: "department" },
    }),
    expect: { deptX: 403, region: 403, admin: 201 },
  },
  {
    route: "listCampaigns",
    request: () => ({ method: "GET", path: "/api/v1/campaigns" }),
    expect: { schoolA: 200, deptY: 200, stranger: 200 },
  },
  {
    route: "createCampaign",
    request: () => ({ method: "POST", path: "/api/v1/campaigns", body: campaignBody("mx") }),
    expect: { deptX: 201, region: 201, deptY: 403, schoolA: 403, stranger: 403 },
  },
  {
    route: "getCampaign",
    request: () => ({ method: "GET", path: `/api/v1/campaigns/${campaignX}` }),
    expect: { schoolA: 200, schoolB: 200, schoolC: 403, deptX: 200, deptY: 403, region: 200, stranger: 403 },
  },
  {
    route: "submit",
    request: () => ({
      method: "POST",
      path: `/api/v1/campaigns/${campaignX}/submissions`,
      body: { submissionId: crypto.randomUUID(), orgId: "sa", grid: allDone() },
    }),
    expect: { schoolA: 201, schoolB: 403, schoolC: 403, deptX: 201, deptY: 403, region: 201, stranger: 403 },
  },
  {
    route: "history",
    request: () => ({ method: "GET", path: `/api/v1/campaigns/${campaignX}/orgs/sa/submissions` }),
    expect: { schoolA: 200, schoolB: 403, deptX: 200, deptY: 403, region: 200, stranger: 403 },
  },
  {
    route: "diff",
    request: () => ({ method: "GET", path: `/api/v1/campaigns/${campaignX}/orgs/sa/diff?from=1&to=2` }),
    expect: { schoolA: 200, schoolB: 403, deptX: 200, deptY: 403, stranger: 403 },
  },
  {
    route: "getSubmission",
    request: () => ({ method: "GET", path: `/api/v1/submissions/${submissionA}` }),
    expect: { schoolA: 200, schoolB: 403, deptX: 200, deptY: 403, region: 200, stranger: 403 },
  },
  {
    route: "getSubmissionGrid",
    request: () => ({ method: "GET", path: `/api/v1/submissions/${submissionA}/grid` }),
    expect: { schoolA: 200, schoolB: 403, deptX: 200, deptY: 403, region: 200, stranger: 403 },
  },
  {
    route: "summary",
    request: () => ({ method: "GET", path: `/api/v1/campaigns/${campaignX}/summary` }),
    expect: { deptX: 200, region: 200, admin: 200, deptY: 403, schoolA: 403, schoolB: 403, stranger: 403 },
  },
  {
    route: "summary",
    request: () => ({ method: "GET", path: `/api/v1/campaigns/${campaignRegion}/summary` }),
    // departments below the region see their own schools' part
    expect: { region: 200, admin: 200, deptX: 200, deptY: 200, schoolA: 403, stranger: 403 },
  },
  {
    route: "validate",
    request: () => ({
      method: "POST",
      path: "/api/v1/validate",
      body: { templateId: "municipal-roadmap", grid: allDone() },
    }),
    expect: { schoolA: 200, stranger: 200 },
  },
  // Members are removed by a department over the org or an admin; schools remove nobody. The row that
  // succeeds comes last in each case (the member is gone afterwards).
  {
    route: "removeMember",
    request: () => ({ method: "DELETE", path: "/api/v1/orgs/sa/members/leaver-1%40example.org" }),
    expect: { schoolA: 403, schoolB: 403, schoolC: 403, deptY: 403, stranger: 403, deptX: 200 },
  },
  {
    route: "removeMember",
    request: () => ({ method: "DELETE", path: "/api/v1/orgs/sa/members/leaver-2@example.org" }),
    expect: { deptY: 403, region: 200 },
  },
  {
    route: "removeMember",
    request: () => ({ method: "DELETE", path: "/api/v1/orgs/sa/members/leaver-3@example.org" }),
    expect: { schoolA: 403, admin: 200 },
  },
  {
    route: "removeMember",
    request: () => ({ method: "DELETE", path: "/api/v1/orgs/mx/members/colleague-x@example.org" }),
    expect: { schoolA: 403, deptY: 403, deptX: 200 },
  },
  {
    route: "removeMember",
    // an admin membership: departments (even the region's) may not remove it
    request: () => ({ method: "DELETE", path: "/api/v1/orgs/mx/members/admin-x@example.org" }),
    expect: { deptX: 403, region: 403, deptY: 403, admin: 200 },
  },
  // Role changes: the right to remove the current role and to grant the new one; never one's own last
  // managing access. Up, down, sideways (same role), of oneself and of the last admin, for every role.
  {
    route: "changeMemberRole",
    request: () => ({
      method: "PATCH",
      path: "/api/v1/orgs/sa/members/up-1@example.org",
      body: { role: "department" },
    }),
    expect: {
      schoolA: 403,
      schoolB: 403,
      schoolC: 403,
      deptX: 403,
      deptY: 403,
      region: 403,
      stranger: 403,
      admin: 200,
    },
  },
  {
    route: "changeMemberRole",
    request: () => ({
      method: "PATCH",
      path: "/api/v1/orgs/mx/members/down-1@example.org",
      body: { role: "school" },
    }),
    expect: { schoolA: 403, schoolB: 403, schoolC: 403, deptY: 403, stranger: 403, deptX: 200 },
  },
  {
    route: "changeMemberRole",
    request: () => ({
      method: "PATCH",
      path: "/api/v1/orgs/mx/members/down-2@example.org",
      body: { role: "school" },
    }),
    expect: { deptY: 403, region: 200 },
  },
  {
    route: "changeMemberRole",
    request: () => ({
      method: "PATCH",
      path: "/api/v1/orgs/mx/members/down-1@example.org",
      body: { role: "admin" },
    }),
    // back up past department: only an admin grants admin
    expect: { schoolA: 403, deptX: 403, region: 403, deptY: 403, stranger: 403 },
  },
  {
    route: "changeMemberRole",
    request: () => ({
      method: "PATCH",
      path: "/api/v1/orgs/mx/members/same-1@example.org",
      body: { role: "department" },
    }),
    // sideways (the same role) still needs the right to grant it: departments grant only `school`
    expect: { schoolA: 403, deptY: 403, stranger: 403, deptX: 403, region: 403, admin: 200 },
  },
  {
    route: "changeMemberRole",
    // the region's only admin: departments may not touch it, the admin may not demote themselves
    request: () => ({
      method: "PATCH",
      path: `/api/v1/orgs/reg/members/${EMAILS.admin}`,
      body: { role: "department" },
    }),
    expect: { schoolA: 403, deptX: 403, deptY: 403, region: 403, stranger: 403, admin: 409 },
  },
  {
    route: "changeMemberRole",
    // oneself, down to school in one's own org
    request: (who) => ({
      method: "PATCH",
      path: `/api/v1/orgs/${HOME[who!]}/members/${EMAILS[who!]}`,
      body: { role: "school" },
    }),
    expect: {
      schoolA: 403,
      schoolB: 403,
      schoolC: 403,
      deptX: 409,
      deptY: 409,
      region: 409,
      admin: 409,
      stranger: 403,
    },
  },
  {
    route: "changeMemberRole",
    // oneself, up to admin in one's own org (an admin's is a no-op)
    request: (who) => ({
      method: "PATCH",
      path: `/api/v1/orgs/${HOME[who!]}/members/${EMAILS[who!]}`,
      body: { role: "admin" },
    }),
    expect: { schoolA: 403, deptX: 403, deptY: 403, region: 403, stranger: 403, admin: 200 },
  },
  {
    route: "listTokens",
    request: () => ({ method: "GET", path: "/api/v1/tokens" }),
    expect: { schoolA: 200, deptX: 200, admin: 200, stranger: 200 },
  },
  {
    route: "listTokens",
    request: () => ({ method: "GET", path: `/api/v1/tokens?email=${EMAILS.schoolA}` }),
    expect: { schoolA: 200, admin: 200, schoolB: 403, deptX: 403, region: 403, deptY: 403, stranger: 403 },
  },
  {
    route: "createToken",
    request: () => ({ method: "POST", path: "/api/v1/tokens", body: { label: "скрипт" } }),
    expect: { schoolA: 201, deptX: 201, admin: 201, stranger: 201 },
  },
  {
    route: "createToken",
    request: () => ({ method: "POST", path: "/api/v1/tokens", body: { email: EMAILS.schoolA } }),
    expect: { schoolA: 201, admin: 201, schoolB: 403, deptX: 403, region: 403, deptY: 403, stranger: 403 },
  },
  {
    route: "revokeToken",
    request: () => ({ method: "POST", path: `/api/v1/tokens/${spareTokenB}/revoke` }),
    expect: { schoolA: 403, deptX: 403, deptY: 403, region: 403, stranger: 403, schoolB: 200, admin: 200 },
  },
  // issue 9: changing a running campaign — only its managers; every reader sees its history.
  {
    route: "updateCampaign",
    request: () => ({ method: "PATCH", path: `/api/v1/campaigns/${campaignX}`, body: { name: "Матрица" } }),
    expect: { schoolA: 403, deptY: 403, stranger: 403, deptX: 200, region: 200 },
  },
  {
    route: "changeParticipants",
    // sb already takes part: a no-op for those allowed
    request: () => ({
      method: "POST",
      path: `/api/v1/campaigns/${campaignX}/participants`,
      body: { add: ["sb"] },
    }),
    expect: { schoolA: 403, schoolB: 403, deptY: 403, stranger: 403, deptX: 200, region: 200 },
  },
  {
    route: "reopenCampaign",
    // the campaign is open: a no-op for those allowed
    request: () => ({ method: "POST", path: `/api/v1/campaigns/${campaignX}/reopen`, body: { reason: "м" } }),
    expect: { schoolA: 403, deptY: 403, stranger: 403, deptX: 200, admin: 200 },
  },
  {
    route: "campaignChanges",
    request: () => ({ method: "GET", path: `/api/v1/campaigns/${campaignX}/changes` }),
    expect: { schoolA: 200, schoolB: 200, schoolC: 403, deptX: 200, deptY: 403, region: 200, stranger: 403 },
  },
  {
    route: "createReview",
    // school B has sent nothing: the allowed get as far as «nothing to review» (409), the rest 403
    request: () => ({
      method: "POST",
      path: `/api/v1/campaigns/${campaignX}/orgs/sb/reviews`,
      body: { version: 1, state: "accepted" },
    }),
    expect: { schoolA: 403, schoolB: 403, deptY: 403, stranger: 403, deptX: 409, region: 409 },
  },
  {
    route: "listReviews",
    request: () => ({ method: "GET", path: `/api/v1/campaigns/${campaignX}/orgs/sa/reviews` }),
    expect: { schoolA: 200, schoolB: 403, deptX: 200, deptY: 403, region: 200, stranger: 403 },
  },
  // Closing last: it changes the campaign the other rows use.
  {
    route: "closeCampaign",
    request: () => ({ method: "POST", path: `/api/v1/campaigns/${campaignX}/close` }),
    expect: { schoolA: 403, deptY: 403, stranger: 403, deptX: 200 },
  },
];

describe("authorisation matrix", () => {
  it("covers every authenticated route in shared/api", () => {
    const covered = new Set(CASES.map((c) => c.route));
    const authRoutes = Object.entries(ROUTES)
      .filter(([, r]) => r.auth)
      .map(([id]) => id);
    expect(authRoutes.filter((id) => !covered.has(id as keyof typeof ROUTES))).toEqual([]);
  });

  for (const c of CASES) {
    describe(`${c.route}`, () => {
      for (const [who, status] of Object.entries(c.expect) as [Who, number][]) {
        it(`${who} (${EMAILS[who]}) → ${status}`, async () => {
          const { method, path, body } = c.request(who);
          const res = await call(method, path, { token: world.tokens[who], body });
          expect(res.status, await res.clone().text()).toBe(status);
          if (status >= 400) expect(res.headers.get("content-type")).toBe("application/problem+json");
          // The contract is enforced: every success body is what the route's response schema says.
          else {
            const body = await res.json();
            const parsed = ROUTES[c.route].response.safeParse(body);
            expect(parsed.error?.issues ?? [], `${c.route} response`).toEqual([]);
            // nothing undocumented either: zod drops unknown keys, so the parsed body equals the sent one
            expect(parsed.data, `${c.route}: fields the schema does not declare`).toEqual(body);
          }
        });
      }

      it("no token → 401", async () => {
        const { method, path, body } = c.request("stranger");
        expect((await call(method, path, { body })).status).toBe(401);
      });

      it("expired Google token → 401 token-expired", async () => {
        serveJwks(() => [key]);
        const { method, path, body } = c.request("stranger");
        const token = await googleToken(key, { email: EMAILS.deptX, expiresIn: -600 });
        const res = await call(method, path, { token, body });
        expect(res.status).toBe(401);
        expect(((await res.json()) as { code: string }).code).toBe("token-expired");
      });

      it("wrong-audience Google token → 401 wrong-audience", async () => {
        serveJwks(() => [key]);
        const { method, path, body } = c.request("stranger");
        const token = await googleToken(key, {
          email: EMAILS.deptX,
          aud: "other.apps.googleusercontent.com",
        });
        const res = await call(method, path, { token, body });
        expect(res.status).toBe(401);
        expect(((await res.json()) as { code: string }).code).toBe("wrong-audience");
      });
    });
  }

  // Token use after membership changes: for every role, a token minted before the member was removed
  // stays shut out of that org after the email is added back; a token minted afterwards works.
  for (const role of ["school", "department", "admin"] as const) {
    it(`a ${role}'s old API token after removal and re-adding → 403 on the org, a new one → 2xx`, async () => {
      const db = repos(env);
      const email = `rejoin-${role}@example.org`;
      await db.orgs.upsertMember("sb", email, role, new Date().toISOString());
      const old = newApiToken();
      await db.tokens.insert(
        { id: newTokenId(), tokenHash: await sha256Hex(old), email, label: "old" },
        "2026-01-01T00:00:00.000Z",
      );
      expect((await call("GET", "/api/v1/orgs/sb", { token: old })).status).toBe(200);
      const path = `/api/v1/orgs/sb/members/${encodeURIComponent(email)}`;
      expect((await call("DELETE", path, { token: world.tokens.admin })).status).toBe(200);
      const readd = await call("POST", "/api/v1/orgs/sb/members", {
        token: world.tokens.admin,
        body: { email, role },
      });
      expect(readd.status).toBe(201);
      for (const route of [
        "/api/v1/orgs/sb",
        "/api/v1/orgs/sb/members",
        `/api/v1/campaigns/${campaignX}/orgs/sb/submissions`,
      ])
        expect((await call("GET", route, { token: old })).status, route).toBe(403);
      const fresh = newApiToken();
      await db.tokens.insert(
        { id: newTokenId(), tokenHash: await sha256Hex(fresh), email, label: "new" },
        "2026-01-01T00:00:00.000Z",
      );
      expect((await call("GET", "/api/v1/orgs/sb", { token: fresh })).status).toBe(200);
    });
  }

  it("a valid Google token of department X reads X's summary but not Y's campaign", async () => {
    serveJwks(() => [key]);
    const token = await googleToken(key, { email: EMAILS.deptX });
    expect((await call("GET", `/api/v1/campaigns/${campaignX}/summary`, { token })).status).toBe(200);
    const list = (await (await call("GET", "/api/v1/campaigns", { token })).json()) as {
      campaigns: { orgId: string }[];
    };
    // its own campaigns, and the region's (its schools take part); never Y's
    expect(new Set(list.campaigns.map((c) => c.orgId))).toEqual(new Set(["mx", "reg"]));
  });

  it("campaign lists: X's side never sees Y's campaigns and vice versa; the region's reach both", async () => {
    const of = async (who: Who) =>
      (
        (await (await call("GET", "/api/v1/campaigns", { token: world.tokens[who] })).json()) as {
          campaigns: { orgId: string }[];
        }
      ).campaigns.map((c) => c.orgId);
    expect(new Set(await of("schoolA"))).toEqual(new Set(["mx", "reg"]));
    expect(new Set(await of("deptY"))).toEqual(new Set(["my", "reg"]));
    expect(new Set(await of("schoolC"))).toEqual(new Set(["my", "reg"]));
    expect(await of("stranger")).toEqual([]);
    expect(new Set(await of("region"))).toEqual(new Set(["mx", "my", "reg"]));
  });
});
