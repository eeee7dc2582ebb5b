import { env } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CreatedInvitation, Invitation, Joined } from "../../shared/api/invitations.ts";
import { newApiToken, newTokenId, sha256Hex } from "../../worker/src/auth/api-token.ts";
import { repos } from "../../worker/src/db/index.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { googleToken, makeKey, serveJwks } from "./helpers/google.ts";
import { allDone } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// Invitations from the department's side (create, list, revoke) and joining with the code as a
// methodist nobody had registered before.

let world: World;
let campaignId: string;

/** An API token for a brand-new account (no membership anywhere). */
async function newcomer(email: string): Promise<string> {
  const token = newApiToken();
  await repos(env).tokens.insert(
    { id: newTokenId(), tokenHash: await sha256Hex(token), email, label: "newcomer" },
    new Date().toISOString(),
  );
  return token;
}

async function invite(schools: { orgId: string; email?: string }[], extra: Record<string, unknown> = {}) {
  const res = await call("POST", `/api/v1/campaigns/${campaignId}/invitations`, {
    token: world.tokens.deptX,
    body: { schools, ...extra },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await json<{ invitations: CreatedInvitation[] }>(res)).invitations;
}

async function join(token: string, code: string) {
  const res = await call("POST", "/api/v1/join", { token, body: { code } });
  return { status: res.status, body: await json<Joined & { code?: string; detail?: string }>(res) };
}

beforeAll(async () => {
  world = await seedWorld();
  campaignId = (await openCampaign(world.tokens.deptX, "mx")).id;
});
afterEach(() => vi.restoreAllMocks());

describe("creating invitations", () => {
  it("gives each school a short code and a link on the worker's origin, stored hashed", async () => {
    const [a, b] = await invite([{ orgId: "sa", email: "UVR@School1.example.org" }, { orgId: "sb" }]);
    expect(a!.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(a!.link).toMatch(/^http:\/\/localhost\/i\/[A-Za-z0-9_-]{32}$/);
    expect(a).toMatchObject({ orgId: "sa", orgName: "МОУ СОШ № 1", email: "uvr@school1.example.org" });
    expect(a!.state).toBe("active");
    expect(b!.code).not.toBe(a!.code);
    const days = (Date.parse(a!.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    // neither the code nor the token is in the database, only their hashes
    const dump = JSON.stringify((await env.DB.prepare("SELECT * FROM invitations").all()).results);
    expect(dump).not.toContain(a!.code);
    expect(dump).not.toContain(a!.code.replace("-", ""));
    expect(dump).not.toContain(a!.link.split("/i/")[1]);
  });

  it("refuses a school that does not take part in the campaign", async () => {
    const res = await call("POST", `/api/v1/campaigns/${campaignId}/invitations`, {
      token: world.tokens.deptX,
      body: { schools: [{ orgId: "sc" }] },
    });
    expect(res.status).toBe(403);
    expect((await json(res))["code"]).toBe("not-participant");
  });

  it("refuses an expiry beyond 180 days or an empty list with a 400", async () => {
    for (const body of [{ schools: [{ orgId: "sa" }], expiresInDays: 181 }, { schools: [] }]) {
      const res = await call("POST", `/api/v1/campaigns/${campaignId}/invitations`, {
        token: world.tokens.deptX,
        body,
      });
      expect(res.status).toBe(400);
    }
  });

  it("lists the invitations with state and uses, never the code or link", async () => {
    await invite([{ orgId: "sb" }]);
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/invitations`, {
      token: world.tokens.deptX,
    });
    expect(res.status).toBe(200);
    const { invitations } = await json<{ invitations: (Invitation & { code?: string })[] }>(res);
    expect(invitations.length).toBeGreaterThan(0);
    for (const inv of invitations) {
      expect(inv).not.toHaveProperty("code");
      expect(inv).not.toHaveProperty("link");
    }
    // re-inviting school B revoked its earlier invitation: one active per school
    const ofB = invitations.filter((i) => i.orgId === "sb");
    expect(ofB.filter((i) => i.state === "active")).toHaveLength(1);
    expect(ofB.some((i) => i.state === "revoked")).toBe(true);
  });
});

describe("joining with the code", () => {
  it("makes a brand-new Google account a member of the school, answers the campaign, and lets it submit", async () => {
    const key = await makeKey("join");
    serveJwks(() => [key]);
    const [inv] = await invite([{ orgId: "sa" }]);
    const token = await googleToken(key, { email: "new.methodist@school1.example.org" });
    const before = await call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
      token,
      body: { submissionId: crypto.randomUUID(), grid: allDone() },
    });
    expect(before.status).toBe(403);

    // typed as people type: lower case, spaces, no dash
    const typed = ` ${inv!.code.toLowerCase().replace("-", " ")} `;
    const joined = await join(token, typed);
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect(joined.body).toMatchObject({ orgId: "sa", orgName: "МОУ СОШ № 1" });
    expect(joined.body.campaign).toMatchObject({ id: campaignId, templateId: "municipal-roadmap" });
    expect(joined.body.campaign.participants).toEqual(["sa"]);

    const member = await repos(env).orgs.member("sa", "new.methodist@school1.example.org");
    expect(member?.role).toBe("school");
    const after = await submitGrid(token, campaignId, allDone());
    expect(after.status).toBe(201);
    expect(after.body.orgId).toBe("sa");

    // the same account again is a retry, not a second use
    expect((await join(token, inv!.code)).status).toBe(200);
    const list = await json<{ invitations: Invitation[] }>(
      await call("GET", `/api/v1/campaigns/${campaignId}/invitations`, { token: world.tokens.deptX }),
    );
    const stored = list.invitations.find((i) => i.id === inv!.id)!;
    expect(stored.uses).toEqual([
      expect.objectContaining({ kind: "join", email: "new.methodist@school1.example.org" }),
    ]);
  });

  it("accepts a code typed with Cyrillic look-alike letters", async () => {
    const [inv] = await invite([{ orgId: "sb" }]);
    const latinToCyrillic: Record<string, string> = {
      A: "А",
      B: "В",
      E: "Е",
      K: "К",
      M: "М",
      H: "Н",
      P: "Р",
      C: "С",
      T: "Т",
      X: "Х",
    };
    const typed = inv!.code.replace(/[ABEKMHPCTX]/g, (ch) => latinToCyrillic[ch]!);
    const res = await join(await newcomer("cyrillic@school2.example.org"), typed);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.orgId).toBe("sb");
  });

  it("refuses a second account with the same code (409, Russian reason) and makes it no member", async () => {
    const [inv] = await invite([{ orgId: "sb" }]);
    expect((await join(await newcomer("first@school2.example.org"), inv!.code)).status).toBe(200);
    const second = await join(await newcomer("second@example.org"), inv!.code);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe("invitation-used");
    expect(second.body.detail).toMatch(/уже использовано/);
    expect(await repos(env).orgs.member("sb", "second@example.org")).toBeNull();
  });

  it("refuses a revoked code (410) — revoked by the department or replaced by a new invitation", async () => {
    const [revoked] = await invite([{ orgId: "sa" }]);
    const res = await call("POST", `/api/v1/invitations/${revoked!.id}/revoke`, {
      token: world.tokens.deptX,
    });
    expect(res.status).toBe(200);
    expect((await json<Invitation>(res)).state).toBe("revoked");
    const refused = await join(await newcomer("late-a@example.org"), revoked!.code);
    expect(refused.status).toBe(410);
    expect(refused.body.code).toBe("invitation-revoked");
    expect(refused.body.detail).toMatch(/отозвано/);

    const [old] = await invite([{ orgId: "sa" }]);
    await invite([{ orgId: "sa" }]);
    expect((await join(await newcomer("late-b@example.org"), old!.code)).body.code).toBe(
      "invitation-revoked",
    );
  });

  it("refuses an expired code (410) with the date it expired", async () => {
    const [inv] = await invite([{ orgId: "sa" }], { expiresInDays: 1 });
    await env.DB.prepare("UPDATE invitations SET expires_at = ? WHERE id = ?")
      .bind("2026-01-02T00:00:00.000Z", inv!.id)
      .run();
    const refused = await join(await newcomer("slow@example.org"), inv!.code);
    expect(refused.status).toBe(410);
    expect(refused.body.code).toBe("invitation-expired");
    expect(refused.body.detail).toContain("2026-01-02");
  });

  it("refuses an unknown or empty code with a 404 that says what to check", async () => {
    for (const code of ["ABCD-EFGH", "---"]) {
      const res = await join(world.tokens.stranger, code);
      expect(res.status).toBe(404);
      expect(res.body.detail).toMatch(/Проверьте/);
    }
  });

  it("does not lower an existing member's role when they join their own school", async () => {
    const [inv] = await invite([{ orgId: "sa" }]);
    await repos(env).orgs.upsertMember("sa", "head@example.org", "department", new Date().toISOString());
    expect((await join(await newcomer("head@example.org"), inv!.code)).status).toBe(200);
    expect((await repos(env).orgs.member("sa", "head@example.org"))?.role).toBe("department");
  });

  it("refuses invitations and joins on a closed campaign", async () => {
    const [inv] = await invite([{ orgId: "sb" }]);
    expect(
      (await call("POST", `/api/v1/campaigns/${campaignId}/close`, { token: world.tokens.deptX })).status,
    ).toBe(200);
    const res = await join(await newcomer("after-close@example.org"), inv!.code);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("campaign-closed");
    const created = await call("POST", `/api/v1/campaigns/${campaignId}/invitations`, {
      token: world.tokens.deptX,
      body: { schools: [{ orgId: "sa" }] },
    });
    expect(created.status).toBe(409);
  });
});
