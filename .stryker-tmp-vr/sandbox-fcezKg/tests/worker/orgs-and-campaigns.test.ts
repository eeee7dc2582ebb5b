import { beforeAll, describe, expect, it } from "vitest";
import type { Campaign, Me, OrgDetail } from "../../shared/api/index.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { seedWorld, type World } from "./helpers/world.ts";

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

describe("organisations", () => {
  it("a department creates a school under it, which then appears among its children", async () => {
    const res = await call("POST", "/api/v1/orgs", {
      token: world.tokens.deptX,
      body: { parentId: "mx", id: "s-new", name: "МОУ СОШ № 3", kind: "school" },
    });
    expect(res.status).toBe(201);
    expect(await json(res)).toEqual({ id: "s-new", parentId: "mx", name: "МОУ СОШ № 3", kind: "school" });
    const mx = await json<OrgDetail>(await call("GET", "/api/v1/orgs/mx", { token: world.tokens.deptX }));
    expect(mx.children.map((c) => c.id)).toEqual(expect.arrayContaining(["sa", "sb", "s-new"]));
  });

  it("a taken id is a 409", async () => {
    const res = await call("POST", "/api/v1/orgs", {
      token: world.tokens.deptX,
      body: { parentId: "mx", id: "sa", name: "Дубль", kind: "school" },
    });
    expect(res.status).toBe(409);
  });

  it("a new member immediately gets access through their email", async () => {
    const add = await call("POST", "/api/v1/orgs/sb/members", {
      token: world.tokens.deptX,
      body: { email: "Teacher@Example.org", role: "school" },
    });
    expect(add.status).toBe(201);
    const me = await json<Me>(
      await call("GET", "/api/v1/me", {
        headers: { "X-Svodka-Dev-User": "teacher@example.org" },
        env: { DEV_AUTH: "1" },
      }),
    );
    expect(me.memberships).toEqual([{ orgId: "sb", orgName: "МОУ СОШ № 2", kind: "school", role: "school" }]);
  });
});

describe("campaigns", () => {
  it("without participants, a campaign takes every school under the department", async () => {
    const c = await openCampaign(world.tokens.region, "reg");
    expect(c.participants).toEqual(expect.arrayContaining(["sa", "sb", "sc"]));
    expect(c.participants).not.toContain("mx");
    expect(c).toMatchObject({
      status: "open",
      templateId: "municipal-roadmap",
      templateVersion: 1,
      closedAt: null,
    });
  });

  it("explicit participants are kept as given", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { participants: ["sa"] });
    expect(c.participants).toEqual(["sa"]);
    const school = await call("GET", `/api/v1/campaigns/${c.id}`, { token: world.tokens.schoolB });
    expect(school.status).toBe(403);
  });

  it("closing sets status and time, and is idempotent", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const first = await json<Campaign>(
      await call("POST", `/api/v1/campaigns/${c.id}/close`, { token: world.tokens.deptX }),
    );
    expect(first.status).toBe("closed");
    expect(first.closedAt).not.toBeNull();
    const again = await json<Campaign>(
      await call("POST", `/api/v1/campaigns/${c.id}/close`, { token: world.tokens.deptX }),
    );
    expect(again.closedAt).toBe(first.closedAt);
  });
});
