import { beforeAll, describe, expect, it } from "vitest";
import type { Review, ReviewList, Summary } from "../../shared/api/index.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { allDone, filledGrid } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// Review as ODK Central does it: submitted → на проверке → принято / возвращено на доработку; a
// resubmission after a return is на проверке again; every review is kept with who, when, which version.
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const reviewsPath = (c: string, org: string) => `/api/v1/campaigns/${c}/orgs/${org}/reviews`;
const review = (c: string, org: string, body: unknown, token = world.tokens.deptX) =>
  call("POST", reviewsPath(c, org), { token, body });
const list = async (c: string, org: string, token = world.tokens.schoolA) =>
  json<ReviewList>(await call("GET", reviewsPath(c, org), { token }));
const summaryOf = async (c: string) =>
  json<Summary>(await call("GET", `/api/v1/campaigns/${c}/summary`, { token: world.tokens.deptX }));
const row = (s: Summary, id: string) => s.orgs.find((o) => o.orgId === id)!;

describe("review of a school's submitted version", () => {
  it("return with a comment, resubmit (на проверке again), accept: versioned and visible to the school", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const v1 = (await submitGrid(world.tokens.schoolA, c.id, allDone())).body;
    expect(row(await summaryOf(c.id), "sa").review).toMatchObject({ state: "pending", version: null });
    expect((await list(c.id, "sa")).state).toBe("pending");

    const returned = await review(c.id, "sa", {
      version: v1.version,
      state: "returned",
      comment: "Нет ссылок на приказы",
      items: [{ code: "1.1", comment: "приложите приказ о внедрении" }],
    });
    expect(returned.status, await returned.clone().text()).toBe(201);
    const r1 = await json<Review>(returned);
    expect(r1).toMatchObject({
      seq: 1,
      version: 1,
      submissionId: v1.submissionId,
      reviewedBy: "dept-x@example.org",
    });

    // the school sees it
    const seen = await list(c.id, "sa");
    expect(seen).toMatchObject({ state: "returned", countedVersion: 1 });
    expect(seen.reviews[0]!.items).toEqual([{ code: "1.1", comment: "приложите приказ о внедрении" }]);
    const s1 = await summaryOf(c.id);
    expect(row(s1, "sa").review).toMatchObject({
      state: "returned",
      version: 1,
      comment: "Нет ссылок на приказы",
      reviewedBy: "dept-x@example.org",
    });
    expect(s1.reviews).toEqual({ pending: 0, accepted: 0, returned: 1 });

    // a draft does not change anything; a resubmission is на проверке
    await submitGrid(
      world.tokens.schoolA,
      c.id,
      filledGrid(() => ({}), [0]),
    );
    expect(row(await summaryOf(c.id), "sa").review!.state).toBe("returned");
    const v3 = (await submitGrid(world.tokens.schoolA, c.id, allDone())).body;
    expect(v3.version).toBe(3);
    expect(row(await summaryOf(c.id), "sa").review!.state).toBe("pending");

    // the return was for version 1: reviewing it now is refused, the draft cannot be reviewed either
    for (const version of [1, 2]) {
      const stale = await review(c.id, "sa", { version, state: "accepted" });
      expect(stale.status).toBe(409);
      expect((await json<{ detail: string }>(stale)).detail).toContain("сейчас это версия 3");
    }
    expect((await review(c.id, "sa", { version: 3, state: "accepted" })).status).toBe(201);
    const s3 = await summaryOf(c.id);
    expect(row(s3, "sa").review).toMatchObject({ state: "accepted", version: 3, comment: "" });
    expect(s3.reviews).toEqual({ pending: 0, accepted: 1, returned: 0 });
    expect((await list(c.id, "sa")).reviews.map((r) => [r.seq, r.version, r.state])).toEqual([
      [1, 1, "returned"],
      [2, 3, "accepted"],
    ]);

    // CSV carries the state and the comment
    const csv = await (
      await call("GET", `/api/v1/campaigns/${c.id}/summary?format=csv`, { token: world.tokens.deptX })
    ).text();
    const header = csv.split("\r\n")[0]!.split(";");
    expect(header.slice(-4)).toEqual([
      "Проверка",
      "Комментарий проверки",
      "Новый черновик",
      '"Выполнение, %"',
    ]);
    const line = csv
      .split("\r\n")
      .find((l) => l.startsWith("sa;"))!
      .split(";");
    expect(line.slice(-4)).toEqual(["принято", "", "", "100"]);
  });

  it("a return needs a comment; only a department over the school reviews; nothing to review → 409", async () => {
    const c = await openCampaign(world.tokens.region, "reg");
    const v = (await submitGrid(world.tokens.schoolA, c.id, allDone())).body;
    const bare = await review(c.id, "sa", { version: v.version, state: "returned" });
    expect(bare.status).toBe(400);
    expect(await json(bare)).toMatchObject({ code: "bad-request" });
    for (const who of ["schoolA", "schoolB", "deptY", "stranger"] as const) {
      expect((await review(c.id, "sa", { version: 1, state: "accepted" }, world.tokens[who])).status).toBe(
        403,
      );
    }
    // the municipality inside the region's campaign reviews its own school
    expect((await review(c.id, "sa", { version: 1, state: "accepted" }, world.tokens.deptX)).status).toBe(
      201,
    );
    const none = await review(c.id, "sb", { version: 1, state: "accepted" }, world.tokens.region);
    expect(none.status).toBe(409);
    expect((await json<{ detail: string }>(none)).detail).toContain("сейчас это —");
    expect((await call("GET", reviewsPath(c.id, "sa"), { token: world.tokens.schoolB })).status).toBe(403);
    expect(await list(c.id, "sb", world.tokens.schoolB)).toMatchObject({ state: null, countedVersion: null });
  });
});
