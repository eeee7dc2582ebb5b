import { beforeAll, describe, expect, it } from "vitest";
import type { Campaign, CampaignChanges, Summary } from "../../shared/api/index.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { allDone } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// A department runs a season: a school joins late, dates move, the campaign is renamed, closed and
// reopened; every change is in its history with who, when and why.
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const path = (id: string, rest = "") => `/api/v1/campaigns/${id}${rest}`;
const changes = async (id: string, token = world.tokens.deptX) =>
  json<CampaignChanges>(await call("GET", path(id, "/changes"), { token }));
const summaryOf = async (id: string) =>
  json<Summary>(await call("GET", path(id, "/summary"), { token: world.tokens.deptX }));

describe("participants of a running campaign", () => {
  it("a school missing from an open campaign is added and can submit; removing keeps its submissions", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { participants: ["sa"] });
    const refused = await submitGrid(world.tokens.schoolB, c.id, allDone());
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("not-participant");

    const added = await call("POST", path(c.id, "/participants"), {
      token: world.tokens.deptX,
      body: { add: ["sb"], reason: "школа открыла наставничество в октябре" },
    });
    expect(added.status).toBe(200);
    expect((await json<Campaign>(added)).participants).toEqual(["sa", "sb"]);
    const late = await submitGrid(world.tokens.schoolB, c.id, allDone());
    expect(late.status).toBe(201);
    expect((await summaryOf(c.id)).orgs.map((o) => o.orgId)).toEqual(["sa", "sb"]);

    const removed = await json<Campaign>(
      await call("POST", path(c.id, "/participants"), {
        token: world.tokens.deptX,
        body: { remove: ["sb"] },
      }),
    );
    expect(removed.participants).toEqual(["sa"]);
    expect((await summaryOf(c.id)).orgs.map((o) => o.orgId)).toEqual(["sa"]);
    expect((await submitGrid(world.tokens.schoolB, c.id, allDone())).status).toBe(403);

    // back again: its version is still there
    await call("POST", path(c.id, "/participants"), { token: world.tokens.deptX, body: { add: ["sb"] } });
    const b = (await summaryOf(c.id)).orgs.find((o) => o.orgId === "sb")!;
    expect(b).toMatchObject({ status: "submitted", version: late.body.version });

    const h = await changes(c.id);
    expect(h.createdBy).toBe("dept-x@example.org");
    expect(h.events.map((e) => [e.seq, e.kind, e.orgIds, e.by])).toEqual([
      [1, "participants-added", ["sb"], "dept-x@example.org"],
      [2, "participants-removed", ["sb"], "dept-x@example.org"],
      [3, "participants-added", ["sb"], "dept-x@example.org"],
    ]);
    expect(h.events[0]!.reason).toBe("школа открыла наставничество в октябре");
    // the school reads its campaign's history too
    expect((await call("GET", path(c.id, "/changes"), { token: world.tokens.schoolB })).status).toBe(200);
  });

  it("only organisations under the campaign's org join; an unchanged list records nothing", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { participants: ["sa"] });
    const outside = await call("POST", path(c.id, "/participants"), {
      token: world.tokens.deptX,
      body: { add: ["sc"] },
    });
    expect(outside.status).toBe(400);
    expect(await json(outside)).toMatchObject({ code: "bad-participants" });
    await call("POST", path(c.id, "/participants"), {
      token: world.tokens.deptX,
      body: { add: ["sa"], remove: ["sb"] },
    });
    expect((await changes(c.id)).events).toEqual([]);
  });

  it("the last participant cannot be removed (409), nothing to change is a 400", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { participants: ["sa"] });
    const last = await call("POST", path(c.id, "/participants"), {
      token: world.tokens.deptX,
      body: { remove: ["sa"] },
    });
    expect(last.status).toBe(409);
    expect((await json<{ detail: string }>(last)).detail).toMatch(/^Нельзя исключить всех участников/);
    const empty = await call("POST", path(c.id, "/participants"), { token: world.tokens.deptX, body: {} });
    expect(empty.status).toBe(400);
  });

  it("schools and a department below the campaign's org change nothing", async () => {
    const c = await openCampaign(world.tokens.region, "reg");
    for (const who of ["schoolA", "deptX"] as const) {
      const r = await call("POST", path(c.id, "/participants"), {
        token: world.tokens[who],
        body: { remove: ["sb"] },
      });
      expect(r.status).toBe(403);
      const p = await call("PATCH", path(c.id), { token: world.tokens[who], body: { name: "Чужое" } });
      expect(p.status).toBe(403);
      const reopen = await call("POST", path(c.id, "/reopen"), {
        token: world.tokens[who],
        body: { reason: "x" },
      });
      expect(reopen.status).toBe(403);
    }
    expect((await changes(c.id, world.tokens.region)).events).toEqual([]);
  });
});

describe("dates, name, close and reopen", () => {
  it("moving the due date re-judges late in the summary; receipts keep what they said", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { dueDate: "2020-01-01" });
    const sent = await submitGrid(world.tokens.schoolA, c.id, allDone());
    expect(sent.body.status).toBe("late");
    expect((await summaryOf(c.id)).orgs.find((o) => o.orgId === "sa")!.status).toBe("late");
    const moved = await call("PATCH", path(c.id), {
      token: world.tokens.deptX,
      body: { dueDate: "2099-06-30", reason: "продление по приказу № 12" },
    });
    expect(moved.status).toBe(200);
    expect(await json<Campaign>(moved)).toMatchObject({ dueDate: "2099-06-30" });
    const s = await summaryOf(c.id);
    expect(s.orgs.find((o) => o.orgId === "sa")!.status).toBe("submitted");
    expect(s.counts).toMatchObject({ submitted: 1, late: 0 });
    const history = await json<{ versions: { status: string }[] }>(
      await call("GET", path(c.id, "/orgs/sa/submissions"), { token: world.tokens.schoolA }),
    );
    expect(history.versions[0]!.status).toBe("late");
    expect((await changes(c.id)).events[0]).toMatchObject({
      kind: "due-date",
      from: "2020-01-01",
      to: "2099-06-30",
      reason: "продление по приказу № 12",
    });
  });

  it("rename and report date: one event per changed field, none for an unchanged one", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const r = await json<Campaign>(
      await call("PATCH", path(c.id), {
        token: world.tokens.deptX,
        body: { name: "Отчёт ЦМН за 2023 год (уточнённый)", reportDate: "2024-01-15", dueDate: c.dueDate },
      }),
    );
    expect(r).toMatchObject({ name: "Отчёт ЦМН за 2023 год (уточнённый)", reportDate: "2024-01-15" });
    expect((await changes(c.id)).events.map((e) => [e.kind, e.from, e.to])).toEqual([
      ["renamed", c.name, "Отчёт ЦМН за 2023 год (уточнённый)"],
      ["report-date", "2023-12-31", "2024-01-15"],
    ]);
    const nothing = await call("PATCH", path(c.id), { token: world.tokens.deptX, body: {} });
    expect(nothing.status).toBe(400);
    const bad = await call("PATCH", path(c.id), {
      token: world.tokens.deptX,
      body: { dueDate: "31.12.2024" },
    });
    expect(bad.status).toBe(400);
  });

  it("close, reopen (reason required), close: submissions follow, each step once in the history", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const closed = await json<Campaign>(
      await call("POST", path(c.id, "/close"), { token: world.tokens.deptX, body: { reason: "срок истёк" } }),
    );
    expect(closed.status).toBe("closed");
    // closing twice changes nothing and records nothing
    const again = await json<Campaign>(
      await call("POST", path(c.id, "/close"), { token: world.tokens.deptX }),
    );
    expect(again.closedAt).toBe(closed.closedAt);
    expect((await submitGrid(world.tokens.schoolA, c.id, allDone())).status).toBe(409);

    const noReason = await call("POST", path(c.id, "/reopen"), { token: world.tokens.deptX, body: {} });
    expect(noReason.status).toBe(400);
    const reopened = await json<Campaign>(
      await call("POST", path(c.id, "/reopen"), {
        token: world.tokens.deptX,
        body: { reason: "школа № 2 не успела по уважительной причине" },
      }),
    );
    expect(reopened).toMatchObject({ status: "open", closedAt: null });
    expect((await submitGrid(world.tokens.schoolA, c.id, allDone())).status).toBe(201);
    await call("POST", path(c.id, "/close"), { token: world.tokens.deptX });

    const h = await changes(c.id);
    expect(h.events.map((e) => [e.kind, e.reason])).toEqual([
      ["closed", "срок истёк"],
      ["reopened", "школа № 2 не успела по уважительной причине"],
      ["closed", null],
    ]);
    expect(h.events.every((e) => e.by === "dept-x@example.org" && e.at.length > 0)).toBe(true);
  });
});
