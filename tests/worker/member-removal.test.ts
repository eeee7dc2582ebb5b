import { beforeAll, describe, expect, it } from "vitest";
import { fillPath, ROUTES } from "../../shared/api/routes.ts";
import { call, json } from "./helpers/call.ts";
import { userWithToken } from "./helpers/tokens.ts";
import { EMAILS, seedWorld, type World } from "./helpers/world.ts";

// Removing members: departments over the org and admins; never a school; never your own last
// managing access; effective on the removed member's next request.

let world: World;

beforeAll(async () => {
  world = await seedWorld();
});

const remove = (token: string, orgId: string, email: string) =>
  call("DELETE", fillPath(ROUTES.removeMember.path, { orgId, email }), { token });

describe("remove a member", () => {
  it("the removed member gets 403 on their very next request", async () => {
    expect((await call("GET", "/api/v1/orgs/sb", { token: world.tokens.schoolB })).status).toBe(200);
    const res = await remove(world.tokens.deptX, "sb", EMAILS.schoolB);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ orgId: "sb", email: EMAILS.schoolB, role: "school" });

    const next = await call("GET", "/api/v1/orgs/sb", { token: world.tokens.schoolB });
    expect(next.status).toBe(403);
    expect(next.headers.get("content-type")).toBe("application/problem+json");
    expect(await json(await call("GET", "/api/v1/me", { token: world.tokens.schoolB }))).toMatchObject({
      memberships: [],
    });
    const members = await json<{ members: { email: string }[] }>(
      await call("GET", "/api/v1/orgs/sb/members", { token: world.tokens.deptX }),
    );
    expect(members.members.map((m) => m.email)).not.toContain(EMAILS.schoolB);
  });

  it("a school cannot remove anyone, not even itself", async () => {
    const token = await userWithToken("methodist-2@example.org", [["sa", "school"]]);
    expect((await remove(world.tokens.schoolA, "sa", "methodist-2@example.org")).status).toBe(403);
    const self = await remove(world.tokens.schoolA, "sa", EMAILS.schoolA);
    expect(self.status).toBe(403);
    expect(await json(self)).toMatchObject({ code: "forbidden" });
    expect((await call("GET", "/api/v1/orgs/sa", { token })).status).toBe(200);
  });

  it("removing yourself from your last department membership is refused in Russian, and nothing changes", async () => {
    const res = await remove(world.tokens.deptY, "my", EMAILS.deptY);
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = await json<{ code: string; detail: string }>(res);
    expect(problem.code).toBe("last-manager");
    expect(problem.detail).toContain("Нельзя удалить себя");
    expect(problem.detail).toContain("Каргасокский район");
    expect((await call("GET", "/api/v1/orgs/my/members", { token: world.tokens.deptY })).status).toBe(200);
  });

  it("the same with the email in another case, and for an admin's own last admin membership", async () => {
    expect((await remove(world.tokens.deptY, "my", "Dept-Y@Example.org")).status).toBe(409);
    expect((await remove(world.tokens.admin, "reg", EMAILS.admin)).status).toBe(409);
  });

  it("you may leave an org you still manage through another membership", async () => {
    const token = await userWithToken("both@example.org", [
      ["mx", "department"],
      ["reg", "department"],
    ]);
    expect((await remove(token, "mx", "both@example.org")).status).toBe(200);
    // still manages mx from the region
    expect((await call("GET", "/api/v1/orgs/mx/members", { token })).status).toBe(200);
    // but not the last one
    expect((await remove(token, "reg", "both@example.org")).status).toBe(409);
  });

  it("a department removes a department colleague but never an admin; an admin removes anyone under them", async () => {
    await userWithToken("colleague@example.org", [["my", "department"]]);
    await userWithToken("my-admin@example.org", [["my", "admin"]]);
    expect((await remove(world.tokens.deptY, "my", "my-admin@example.org")).status).toBe(403);
    expect((await remove(world.tokens.deptY, "my", "colleague@example.org")).status).toBe(200);
    expect((await remove(world.tokens.admin, "my", "my-admin@example.org")).status).toBe(200);
  });

  it("a department over another org is refused; unknown org or member is 404; a bad email is 400", async () => {
    expect((await remove(world.tokens.deptY, "sa", EMAILS.schoolA)).status).toBe(403);
    const org = await remove(world.tokens.deptX, "nope", EMAILS.schoolA);
    expect(org.status).toBe(404);
    expect(await json(org)).toMatchObject({ code: "org-not-found" });
    const member = await remove(world.tokens.deptX, "sa", "nobody@example.org");
    expect(member.status).toBe(404);
    const problem = await json<{ code: string; detail: string }>(member);
    expect(problem).toMatchObject({ code: "member-not-found" });
    expect(problem.detail).toContain("nobody@example.org");
    const bad = await call("DELETE", "/api/v1/orgs/sa/members/not-an-email", { token: world.tokens.deptX });
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ code: "bad-query" });
  });

  it("the OpenAPI document has the DELETE operation with an email path parameter", async () => {
    const doc = await json<{
      paths: Record<string, Record<string, { parameters: { name: string; schema: unknown }[] }>>;
    }>(await call("GET", "/openapi.json"));
    const op = doc.paths[ROUTES.removeMember.path]!["delete"]!;
    expect(op.parameters.map((p) => p.name)).toEqual(["orgId", "email"]);
    expect(op.parameters[1]!.schema).toMatchObject({ format: "email" });
  });
});
