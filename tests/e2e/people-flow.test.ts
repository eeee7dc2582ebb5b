// End to end: a department manages its people from the BUNDLED add-on (node:vm) against the real worker
// under `wrangler dev` — members of its org (add, a role it may not grant, demoting itself as the last
// manager, remove) and its API tokens (create, the secret works once handed to a script, revoke, the
// secret stops working). Every refusal the user reads is the worker's own Russian text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruError } from "../../shared/i18n/ru-errors.ts";
import { apiCall, apiDownload } from "./support/api-call.ts";
import { type Connected, connectedAddon, PUBLIC_URL } from "./support/connected-addon.ts";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.ts";
import type { LocalWorker } from "./support/local-worker.ts";
import type { SyncHttp } from "./support/sync-http.ts";
import type { TestGoogle } from "./support/test-google.ts";

const EMAIL = {
  admin: "admin@people.test",
  dept: "uo@people.test",
  metodist: "metodist@people.test",
  colleague: "colleague@people.test",
};
const UO = "Управление образования г. Стрежевой";

let google: TestGoogle;
let worker: LocalWorker;
let http: SyncHttp;
let world: E2eWorld;
let uo: Connected;

beforeAll(async () => {
  world = await startE2eWorld({ adminEmail: EMAIL.admin });
  const { dist } = world;
  ({ google, worker, http } = world);
  const admin = (method: string, path: string, body?: unknown) =>
    apiCall(worker.url, google, EMAIL.admin, method, path, body);
  expect(
    (await admin("POST", "/api/v1/orgs", { parentId: "tomsk", id: "uo", name: UO, kind: "municipality" }))
      .status,
  ).toBe(201);
  expect(
    (await admin("POST", "/api/v1/orgs/uo/members", { email: EMAIL.dept, role: "department" })).status,
  ).toBe(201);
  uo = connectedAddon(dist, {
    workerUrl: worker.url,
    http,
    email: EMAIL.dept,
    token: await google.token(EMAIL.dept),
  });
  uo.book.addSheet("Лист1");
  expect(uo.call("saveSettings", PUBLIC_URL, "").ok).toBe(true);
}, 180_000);

afterAll(async () => {
  await world?.stop();
});

/** The org's members as the worker stores them, by email. */
const membersOnServer = async () =>
  (
    (await apiCall(worker.url, google, EMAIL.admin, "GET", "/api/v1/orgs/uo/members")).json().members as {
      email: string;
    }[]
  ).sort((a, b) => a.email.localeCompare(b.email));

describe("people from the sidebar, against the real worker", () => {
  it("adds a methodist, is refused a role it may not grant and its own demotion, removes the methodist", async () => {
    const people = uo.call("loadPeople");
    expect(people.ok, people.message).toBe(true);
    expect(people.value.orgs).toEqual([{ id: "uo", name: UO, level: 0 }]);

    const added = uo.call("addMember", "uo", EMAIL.metodist, "school");
    expect(added.ok, added.message).toBe(true);
    expect(added.value.message).toBe(`${EMAIL.metodist} добавлен(а) в «${UO}» с ролью «школа».`);

    const colleague = uo.call("addMember", "uo", EMAIL.colleague, "department");
    expect(colleague).toMatchObject({ ok: false, code: "role-not-grantable" });
    expect(colleague.message).toBe(ruError("role-not-grantable", { orgName: UO, role: "управление" }));

    const self = uo.call("changeMemberRole", "uo", EMAIL.dept, "school");
    expect(self).toMatchObject({ ok: false, code: "last-manager-role" });
    expect(self.message).toBe(ruError("last-manager-role", { orgName: UO }));

    expect(await membersOnServer()).toEqual([
      { orgId: "uo", email: EMAIL.metodist, role: "school" },
      { orgId: "uo", email: EMAIL.dept, role: "department" },
    ]);
    const removed = uo.call("removeMember", "uo", EMAIL.metodist);
    expect(removed.ok, removed.message).toBe(true);
    expect(removed.value.members).toEqual([
      { email: EMAIL.dept, role: "department", roleText: "управление" },
    ]);
    expect(await membersOnServer()).toEqual([{ orgId: "uo", email: EMAIL.dept, role: "department" }]);
  });

  it("creates a token whose secret a script can use, then revokes it and the secret stops working", async () => {
    const created = uo.call("createApiToken", "выгрузка сводки");
    expect(created.ok, created.message).toBe(true);
    const secret: string = created.value.secret;
    expect(secret).toMatch(/^svk_[A-Za-z0-9_-]{43}$/);
    expect(created.value.tokens[0]).toMatchObject({
      label: "выгрузка сводки",
      state: "active",
      scopeText: `Доступ: «${UO}» — управление`,
    });
    // the secret never lands in the script's log
    expect(uo.logs.join("\n")).not.toContain(secret);

    const me = await apiDownload(worker.url, secret, "/api/v1/orgs/uo/members");
    expect(me.status).toBe(200);

    const id: string = created.value.tokens[0].id;
    const revoked = uo.call("revokeApiToken", id);
    expect(revoked.ok, revoked.message).toBe(true);
    expect(revoked.value.message).toBe("Токен «выгрузка сводки» отозван.");
    expect((await apiDownload(worker.url, secret, "/api/v1/orgs/uo/members")).status).toBe(401);
  });
});
