import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { fillPath, ROUTES } from "../../shared/api/routes.ts";
import { repos } from "../../worker/src/db/index.ts";
import { call, json } from "./helpers/call.ts";
import { userWithToken } from "./helpers/tokens.ts";
import { EMAILS, seedWorld, type World } from "./helpers/world.ts";

// Role changes have their own route (PATCH …/members/{email}); POST adds only. Changing a role needs
// the right to remove the current role and to grant the new one, and nobody downgrades their own last
// managing (or administering) access — the same rule as removing yourself.

let world: World;

beforeAll(async () => {
  world = await seedWorld();
});

const patch = (token: string, orgId: string, email: string, role: string) =>
  call("PATCH", fillPath(ROUTES.changeMemberRole.path, { orgId, email }), { token, body: { role } });
const add = (token: string, orgId: string, email: string, role: string) =>
  call("POST", fillPath(ROUTES.addMember.path, { orgId }), { token, body: { email, role } });
const roleOf = async (orgId: string, email: string) => (await repos(env).orgs.member(orgId, email))?.role;

describe("POST members adds, never changes a role", () => {
  it("the reported attack: a department cannot demote the region's admin through POST", async () => {
    const res = await add(world.tokens.region, "reg", EMAILS.admin, "school");
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({ code: "member-exists" });
    expect(await roleOf("reg", EMAILS.admin)).toBe("admin");
    // and the DELETE that followed is still refused
    const del = await call(
      "DELETE",
      fillPath(ROUTES.removeMember.path, { orgId: "reg", email: EMAILS.admin }),
      {
        token: world.tokens.region,
      },
    );
    expect(del.status).toBe(403);
  });

  it("a sole admin cannot demote themselves through POST", async () => {
    const res = await add(world.tokens.admin, "reg", EMAILS.admin, "department");
    expect(res.status).toBe(409);
    expect(await roleOf("reg", EMAILS.admin)).toBe("admin");
  });

  it("the same member with the same role is idempotent (200, nothing changes); a new one is 201", async () => {
    const first = await add(world.tokens.deptX, "sa", "twice@example.org", "school");
    expect(first.status).toBe(201);
    const again = await add(world.tokens.deptX, "sa", "Twice@Example.org", "school");
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual({ orgId: "sa", email: "twice@example.org", role: "school" });
  });

  it("409 names the current role in Russian; a caller without the grant right gets 403, not 409", async () => {
    const res = await add(world.tokens.deptX, "sa", EMAILS.schoolA, "department");
    expect(res.status).toBe(403);
    const conflict = await add(world.tokens.admin, "sa", EMAILS.schoolA, "department");
    expect(conflict.status).toBe(409);
    const problem = await json<{ detail: string }>(conflict);
    expect(problem.detail).toContain(EMAILS.schoolA);
    expect(problem.detail).toContain("PATCH");
  });
});

describe("PATCH members/{email} changes a role", () => {
  it("a department cannot touch an admin membership, up or down", async () => {
    await userWithToken("x-admin@example.org", [["mx", "admin"]]);
    expect((await patch(world.tokens.deptX, "mx", "x-admin@example.org", "school")).status).toBe(403);
    expect((await patch(world.tokens.region, "mx", "x-admin@example.org", "department")).status).toBe(403);
    expect(await roleOf("mx", "x-admin@example.org")).toBe("admin");
  });

  it("a department may not grant department or admin, even to a school member of its own tree", async () => {
    expect((await patch(world.tokens.deptX, "sa", EMAILS.schoolA, "department")).status).toBe(403);
    expect((await patch(world.tokens.deptX, "sa", EMAILS.schoolA, "admin")).status).toBe(403);
    expect(await roleOf("sa", EMAILS.schoolA)).toBe("school");
  });

  it("a department demotes a department colleague to school (it may remove department and grant school)", async () => {
    await userWithToken("peer-x@example.org", [["mx", "department"]]);
    const res = await patch(world.tokens.deptX, "mx", "peer-x@example.org", "school");
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ orgId: "mx", email: "peer-x@example.org", role: "school" });
  });

  it("an admin promotes and demotes anyone under them; the same role is a 200 no-op", async () => {
    await userWithToken("promote@example.org", [["sb", "school"]]);
    expect((await patch(world.tokens.admin, "sb", "promote@example.org", "department")).status).toBe(200);
    expect(await roleOf("sb", "promote@example.org")).toBe("department");
    expect((await patch(world.tokens.admin, "sb", "promote@example.org", "admin")).status).toBe(200);
    expect((await patch(world.tokens.admin, "sb", "promote@example.org", "admin")).status).toBe(200);
    expect((await patch(world.tokens.admin, "sb", "promote@example.org", "school")).status).toBe(200);
    expect(await roleOf("sb", "promote@example.org")).toBe("school");
  });

  it("a sole admin cannot demote themselves (409), a department cannot demote itself to school (409)", async () => {
    const admin = await patch(world.tokens.admin, "reg", EMAILS.admin, "department");
    expect(admin.status).toBe(409);
    const problem = await json<{ code: string; detail: string }>(admin);
    expect(problem.code).toBe("last-manager-role");
    expect(problem.detail).toContain("Томская область");
    expect(await roleOf("reg", EMAILS.admin)).toBe("admin");
    expect((await patch(world.tokens.deptY, "my", EMAILS.deptY, "school")).status).toBe(409);
    expect(await roleOf("my", EMAILS.deptY)).toBe("department");
  });

  it("a self-downgrade is allowed while another membership keeps the same rights over the org", async () => {
    const token = await userWithToken("two-hats@example.org", [
      ["mx", "admin"],
      ["reg", "admin"],
    ]);
    expect((await patch(token, "mx", "two-hats@example.org", "school")).status).toBe(200);
    // the region admin membership is now the last one
    expect((await patch(token, "reg", "two-hats@example.org", "department")).status).toBe(409);
  });

  it("schools change nobody, not even themselves; other trees get 403; unknown member 404; bad role 400", async () => {
    expect((await patch(world.tokens.schoolA, "sa", EMAILS.schoolA, "department")).status).toBe(403);
    expect((await patch(world.tokens.deptY, "sa", EMAILS.schoolA, "school")).status).toBe(403);
    const missing = await patch(world.tokens.deptX, "sa", "nobody@example.org", "school");
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ code: "member-not-found" });
    expect((await patch(world.tokens.deptX, "sa", EMAILS.schoolA, "owner")).status).toBe(400);
  });

  it("the OpenAPI document has the PATCH operation", async () => {
    const doc = await json<{ paths: Record<string, Record<string, unknown>> }>(
      await call("GET", "/openapi.json"),
    );
    expect(doc.paths[ROUTES.changeMemberRole.path]).toHaveProperty("patch");
  });
});
