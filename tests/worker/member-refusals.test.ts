import { beforeAll, describe, expect, it } from "vitest";
import { fillPath, ROUTES } from "../../shared/api/routes.ts";
import { call, json } from "./helpers/call.ts";
import { userWithToken } from "./helpers/tokens.ts";
import { EMAILS, seedWorld, type World } from "./helpers/world.ts";

// A manager whose member change the rules refuse hears which rule and why, in Russian (the sidebar
// shows these details as they are); a caller who does not manage the org still gets a plain 403.

let world: World;

beforeAll(async () => {
  world = await seedWorld();
  await userWithToken("boss-x@example.org", [["mx", "admin"]]);
});

type Problem = { code: string; detail: string };
const add = (token: string, orgId: string, email: string, role: string) =>
  call("POST", fillPath(ROUTES.addMember.path, { orgId }), { token, body: { email, role } });
const patch = (token: string, orgId: string, email: string, role: string) =>
  call("PATCH", fillPath(ROUTES.changeMemberRole.path, { orgId, email }), { token, body: { role } });
const remove = (token: string, orgId: string, email: string) =>
  call("DELETE", fillPath(ROUTES.removeMember.path, { orgId, email }), { token });

describe("member refusals name the rule", () => {
  it("a department adding a department colleague: role-not-grantable, the role and the org in Russian", async () => {
    const res = await add(world.tokens.deptX, "mx", "new-colleague@example.org", "department");
    expect(res.status).toBe(403);
    const p = await json<Problem>(res);
    expect(p.code).toBe("role-not-grantable");
    expect(p.detail).toContain("Нельзя назначить роль «управление» в организации «ГО Стрежевой»");
    expect(p.detail).toContain("назначает администратор");
  });

  it("a department promoting a methodist: role-not-grantable; demoting an admin: role-not-removable", async () => {
    const up = await json<Problem>(await patch(world.tokens.deptX, "sa", EMAILS.schoolA, "admin"));
    expect(up.code).toBe("role-not-grantable");
    expect(up.detail).toContain("«администратор»");
    const down = await patch(world.tokens.deptX, "mx", "boss-x@example.org", "school");
    expect(down.status).toBe(403);
    const p = await json<Problem>(down);
    expect(p.code).toBe("role-not-removable");
    expect(p.detail).toContain("boss-x@example.org");
    expect(p.detail).toContain("у него роль «администратор»");
  });

  it("a department removing an admin: role-not-removable", async () => {
    const res = await remove(world.tokens.deptX, "mx", "boss-x@example.org");
    expect(res.status).toBe(403);
    expect(await json<Problem>(res)).toMatchObject({ code: "role-not-removable" });
  });

  it("callers who do not manage the org get the plain forbidden, before any member lookup", async () => {
    for (const res of [
      await add(world.tokens.deptY, "mx", "x@example.org", "department"),
      await add(world.tokens.schoolA, "sa", "x@example.org", "school"),
      await patch(world.tokens.deptY, "mx", "boss-x@example.org", "school"),
      await remove(world.tokens.schoolA, "sa", EMAILS.schoolA),
    ]) {
      expect(res.status).toBe(403);
      expect(await json<Problem>(res)).toMatchObject({ code: "forbidden" });
    }
  });

  it("member-exists names the current role in Russian and where to change it", async () => {
    const res = await add(world.tokens.deptX, "sa", EMAILS.schoolA, "school");
    expect(res.status).toBe(200);
    const conflict = await json<Problem>(await add(world.tokens.admin, "sa", EMAILS.schoolA, "department"));
    expect(conflict.code).toBe("member-exists");
    expect(conflict.detail).toContain("с ролью «школа»");
    expect(conflict.detail).toContain("Участники организаций");
  });
});
