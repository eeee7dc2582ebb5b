import { beforeAll, describe, expect, it } from "vitest";
import type { Campaign, CampaignChanges } from "../../shared/api/index.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { allDone } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// The campaign's time zone changes while it runs (a Tomsk department opened it with Moscow time):
// PATCH {timeZone} is validated as an IANA name with a Russian message, recorded in the history like a
// moved date, and the exports show times in the new zone from then on.
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const path = (id: string, rest = "") => `/api/v1/campaigns/${id}${rest}`;
const patch = (id: string, body: unknown, token = world.tokens.deptX) =>
  call("PATCH", path(id), { token, body });

/** «dd.mm.yyyy hh:mm» of `iso` shifted by a fixed offset (Moscow +3, Tomsk +7: no DST since 2014). */
function local(iso: string, hours: number): string {
  const at = new Date(new Date(iso).getTime() + hours * 3600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(at.getUTCDate())}.${two(at.getUTCMonth() + 1)}.${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}

async function csvTime(campaignId: string): Promise<string> {
  const res = await call("GET", path(campaignId, "/summary?format=csv"), { token: world.tokens.deptX });
  return (await res.text())
    .split("\r\n")
    .find((l) => l.startsWith("sa;"))!
    .split(";")[5]!;
}

describe("PATCH campaign {timeZone}", () => {
  it("changes the zone, records who/when/from/to/why, and the CSV shows the new local time", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { participants: ["sa"] });
    expect(c.timeZone).toBe("Europe/Moscow");
    const sent = await submitGrid(world.tokens.schoolA, c.id, allDone());
    expect(sent.status).toBe(201);
    const receivedAt = sent.body.receivedAt as string;
    expect(await csvTime(c.id)).toBe(local(receivedAt, 3));

    const res = await patch(c.id, { timeZone: "Asia/Tomsk", reason: "управление в Томске" });
    expect(res.status).toBe(200);
    expect(await json<Campaign>(res)).toMatchObject({ id: c.id, timeZone: "Asia/Tomsk" });
    expect(await csvTime(c.id)).toBe(local(receivedAt, 7));

    const h = await json<CampaignChanges>(
      await call("GET", path(c.id, "/changes"), { token: world.tokens.deptX }),
    );
    expect(h.events).toHaveLength(1);
    expect(h.events[0]).toMatchObject({
      seq: 1,
      kind: "time-zone",
      from: "Europe/Moscow",
      to: "Asia/Tomsk",
      by: "dept-x@example.org",
      reason: "управление в Томске",
    });

    // the same zone again is no change and records nothing
    expect((await patch(c.id, { timeZone: "Asia/Tomsk" })).status).toBe(200);
    const again = await json<CampaignChanges>(
      await call("GET", path(c.id, "/changes"), { token: world.tokens.deptX }),
    );
    expect(again.events).toHaveLength(1);
  });

  it("an unknown zone is a 400 with a Russian message naming the field, and nothing changes", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { participants: ["sa"] });
    for (const timeZone of ["Mars/Olympus", "UTC+7", "", "Asia/Tomsk; DROP TABLE campaigns"]) {
      const res = await patch(c.id, { timeZone });
      expect(res.status, timeZone).toBe(400);
      const p = await json<{ code: string; detail: string }>(res);
      expect(p.code).toBe("bad-request");
      expect(p.detail).toContain("timeZone");
      expect(p.detail).toContain("Неизвестный часовой пояс: укажите его как «Asia/Tomsk»");
    }
    const now = await json<Campaign>(await call("GET", path(c.id), { token: world.tokens.deptX }));
    expect(now.timeZone).toBe("Europe/Moscow");
  });

  it("only the campaign's managers change it: a school gets 403", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx", { participants: ["sa"] });
    expect((await patch(c.id, { timeZone: "Asia/Tomsk" }, world.tokens.schoolA)).status).toBe(403);
  });
});
