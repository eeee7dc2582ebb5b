import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { fillPath, ROUTES } from "../../shared/api/routes.ts";
import { newApiToken, newTokenId, sha256Hex } from "../../worker/src/auth/api-token.ts";
import { repos } from "../../worker/src/db/index.ts";
import { call, json } from "./helpers/call.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// A token never carries more than its creator could grant when it was minted: its scope is stored and
// bounds every use. Removing a member suspends their tokens for that org; re-adding does not revive them.

let world: World;
const NOW = "2026-01-01T00:00:00.000Z";
const OTHER_ADMIN = "novosib-admin@example.org";

beforeAll(async () => {
  world = await seedWorld();
  const db = repos(env);
  // A second tree the Tomsk admin has nothing to do with.
  await db.orgs.create({ id: "nsk", parentId: null, name: "Новосибирская область", kind: "region" }, NOW);
  await db.orgs.create({ id: "nsk-s1", parentId: "nsk", name: "Школа № 1 г. Бердска", kind: "school" }, NOW);
  await db.orgs.upsertMember("nsk", OTHER_ADMIN, "admin", NOW);
});

async function tokenFor(email: string): Promise<string> {
  const token = newApiToken();
  await repos(env).tokens.insert(
    { id: newTokenId(), tokenHash: await sha256Hex(token), email, label: "t" },
    NOW,
  );
  return token;
}

const add = (token: string, orgId: string, email: string, role: string) =>
  call("POST", fillPath(ROUTES.addMember.path, { orgId }), { token, body: { email, role } });
const remove = (token: string, orgId: string, email: string) =>
  call("DELETE", fillPath(ROUTES.removeMember.path, { orgId, email }), { token });
const patch = (token: string, orgId: string, email: string, role: string) =>
  call("PATCH", fillPath(ROUTES.changeMemberRole.path, { orgId, email }), { token, body: { role } });
const mint = async (token: string, body: Record<string, unknown> = {}) => {
  const res = await call("POST", ROUTES.createToken.path, { token, body: { label: "скрипт", ...body } });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await json<{ token: string }>(res)).token;
};
const statusOf = async (token: string, path: string) => (await call("GET", path, { token })).status;
const myOrgs = async (token: string) =>
  (await json<{ memberships: { orgId: string; role: string }[] }>(await call("GET", "/api/v1/me", { token })))
    .memberships;

describe("token scope", () => {
  it("the reported hole: an admin's token for a user does not follow them into another tree", async () => {
    const user = "mover@example.org";
    expect((await add(world.tokens.admin, "sa", user, "school")).status).toBe(201);
    const minted = await mint(world.tokens.admin, { email: user });
    expect(await statusOf(minted, "/api/v1/orgs/sa")).toBe(200);

    // The user joins an org in another tree, as a department there.
    const other = await tokenFor(OTHER_ADMIN);
    expect((await add(other, "nsk", user, "department")).status).toBe(201);

    expect(await statusOf(minted, "/api/v1/orgs/nsk")).toBe(403);
    expect(await statusOf(minted, "/api/v1/orgs/nsk/members")).toBe(403);
    expect(await statusOf(minted, "/api/v1/orgs/nsk-s1")).toBe(403);
    expect(await myOrgs(minted)).toEqual([expect.objectContaining({ orgId: "sa", role: "school" })]);
    // and its owner can see why: the token's scope is listed with it
    const list = await json<{ tokens: { label: string; scope: unknown }[] }>(
      await call("GET", ROUTES.listTokens.path, { token: minted }),
    );
    expect(list.tokens.find((t) => t.label === "скрипт")?.scope).toEqual([{ orgId: "sa", role: "school" }]);
    // The user's own, newly minted token reaches both.
    const own = await tokenFor(user);
    expect(await statusOf(own, "/api/v1/orgs/nsk/members")).toBe(200);
  });

  it("a user's own token does not grow either, and a token minted with a token is bounded by it", async () => {
    const user = "grower@example.org";
    await repos(env).orgs.upsertMember("sa", user, "school", NOW);
    const first = await tokenFor(user);
    await repos(env).orgs.upsertMember("sb", user, "school", NOW);
    expect(await statusOf(first, "/api/v1/orgs/sb")).toBe(403);
    const child = await mint(first);
    expect(await statusOf(child, "/api/v1/orgs/sa")).toBe(200);
    expect(await statusOf(child, "/api/v1/orgs/sb")).toBe(403);
  });

  it("removing a member suspends their tokens for that org; adding the email again does not revive them", async () => {
    const user = "leaver@example.org";
    await repos(env).orgs.upsertMember("sa", user, "school", NOW);
    await repos(env).orgs.upsertMember("sb", user, "school", NOW);
    const old = await tokenFor(user);
    expect((await remove(world.tokens.deptX, "sa", user)).status).toBe(200);
    expect(await statusOf(old, "/api/v1/orgs/sa")).toBe(403);
    // the rest of the token still works
    expect(await statusOf(old, "/api/v1/orgs/sb")).toBe(200);

    expect((await add(world.tokens.deptX, "sa", user, "school")).status).toBe(201);
    expect(await statusOf(old, "/api/v1/orgs/sa")).toBe(403);
    expect(await myOrgs(old)).toEqual([expect.objectContaining({ orgId: "sb" })]);
    const fresh = await tokenFor(user);
    expect(await statusOf(fresh, "/api/v1/orgs/sa")).toBe(200);
  });

  it("a downgrade lowers old tokens for good; raising the role again does not raise them", async () => {
    const user = "demoted@example.org";
    await repos(env).orgs.upsertMember("mx", user, "department", NOW);
    const old = await tokenFor(user);
    expect(await statusOf(old, "/api/v1/orgs/mx/members")).toBe(200);
    expect((await patch(world.tokens.admin, "mx", user, "school")).status).toBe(200);
    expect(await statusOf(old, "/api/v1/orgs/mx/members")).toBe(403);
    expect((await patch(world.tokens.admin, "mx", user, "department")).status).toBe(200);
    expect(await statusOf(old, "/api/v1/orgs/mx/members")).toBe(403);
    expect(await myOrgs(old)).toEqual([expect.objectContaining({ orgId: "mx", role: "school" })]);
    expect(await statusOf(await tokenFor(user), "/api/v1/orgs/mx/members")).toBe(200);
  });

  it("an upgrade after minting does not raise an old token (the lower role wins)", async () => {
    const user = "promoted@example.org";
    await repos(env).orgs.upsertMember("sb", user, "school", NOW);
    const old = await tokenFor(user);
    expect((await patch(world.tokens.admin, "sb", user, "admin")).status).toBe(200);
    expect(await statusOf(old, "/api/v1/orgs/sb/members")).toBe(403);
    expect(await myOrgs(old)).toEqual([expect.objectContaining({ orgId: "sb", role: "school" })]);
  });
});
