import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../shared/api/routes.ts";
import { call, json } from "./helpers/call.ts";
import { userWithToken } from "./helpers/tokens.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// A token can be minted with less than its owner has (people task): only some organisations, or a lower
// role there — never more. A script that only reads one municipality's summary gets just that.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

type Minted = { token: string; scope: { orgId: string; role: string }[] };
const mint = (token: string, body: Record<string, unknown>) =>
  call("POST", ROUTES.createToken.path, { token, body: { label: "скрипт", ...body } });
const statusOf = async (token: string, path: string) => (await call("GET", path, { token })).status;

describe("POST /tokens {scope}", () => {
  it("without a scope the token gets (and the answer lists) everything the request acts with", async () => {
    const minted = await json<Minted>(await mint(world.tokens.deptX, {}));
    expect(minted.scope).toEqual([{ orgId: "mx", role: "department" }]);
  });

  it("a department's token narrowed to the school role on its own org reaches only that org", async () => {
    const res = await mint(world.tokens.deptX, { scope: [{ orgId: "mx", role: "school" }] });
    expect(res.status).toBe(201);
    const minted = await json<Minted>(res);
    expect(minted.scope).toEqual([{ orgId: "mx", role: "school" }]);
    expect(await statusOf(minted.token, "/api/v1/orgs/mx")).toBe(200);
    expect(await statusOf(minted.token, "/api/v1/orgs/mx/members")).toBe(403);
    expect(await statusOf(minted.token, "/api/v1/orgs/sa")).toBe(403);
    // and a token minted with it cannot widen it back
    const child = await json<Minted>(await mint(minted.token, {}));
    expect(child.scope).toEqual([{ orgId: "mx", role: "school" }]);
    expect((await mint(minted.token, { scope: [{ orgId: "mx", role: "department" }] })).status).toBe(403);
  });

  it("someone in two municipalities gives a script only one of them", async () => {
    const token = await userWithToken("two-places@example.org", [
      ["mx", "department"],
      ["my", "department"],
    ]);
    const minted = await json<Minted>(await mint(token, { scope: [{ orgId: "my", role: "department" }] }));
    expect(minted.scope).toEqual([{ orgId: "my", role: "department" }]);
    expect(await statusOf(minted.token, "/api/v1/orgs/my/members")).toBe(200);
    expect(await statusOf(minted.token, "/api/v1/orgs/sc")).toBe(200);
    expect(await statusOf(minted.token, "/api/v1/orgs/mx")).toBe(403);
    expect(await statusOf(minted.token, "/api/v1/orgs/sa")).toBe(403);
  });

  it("asking for more than one has is a 403 in Russian naming the org and the role; nothing is minted", async () => {
    const before = await json<{ tokens: unknown[] }>(
      await call("GET", ROUTES.listTokens.path, { token: world.tokens.deptX }),
    );
    for (const scope of [[{ orgId: "reg", role: "school" }], [{ orgId: "mx", role: "admin" }]]) {
      const res = await mint(world.tokens.deptX, { scope });
      expect(res.status).toBe(403);
      const p = await json<{ code: string; detail: string }>(res);
      expect(p.code).toBe("scope-too-wide");
      expect(p.detail).toContain(`к организации «${scope[0]!.orgId}»`);
      expect(p.detail).toContain("у вас самих сейчас нет такого доступа");
    }
    const after = await json<{ tokens: unknown[] }>(
      await call("GET", ROUTES.listTokens.path, { token: world.tokens.deptX }),
    );
    expect(after.tokens).toHaveLength(before.tokens.length);
  });

  it("an empty scope or an unknown role is a 400", async () => {
    expect((await mint(world.tokens.deptX, { scope: [] })).status).toBe(400);
    expect((await mint(world.tokens.deptX, { scope: [{ orgId: "mx", role: "owner" }] })).status).toBe(400);
  });
});
