import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/universal";
import { writeDocx } from "../../scripts/support/write-docx.ts";
import type { CreatedInvitation } from "../../shared/api/invitations.ts";
import type { ReportView } from "../../shared/api/report.ts";
import type { Receipt } from "../../shared/api/submissions.ts";
import type { Grid } from "../../shared/grid.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { allDone, filledGrid } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// The invitation link as a school without Google Sheets uses it: the page, an upload checked by the
// shared engine, one submission as that school — and nothing else.

let world: World;
let campaignId: string;

const csv = (grid: Grid) =>
  grid.map((row) => row.map((c) => `"${String(c ?? "").replace(/"/g, '""')}"`).join(";")).join("\r\n");

async function xlsx(grid: Grid): Promise<ArrayBuffer> {
  const blob = await writeXlsxFile(
    grid.map((row) => row.map((c) => (c === null ? null : c))) as never,
  ).toBlob();
  return blob.arrayBuffer();
}

async function invite(orgId: string): Promise<CreatedInvitation> {
  const res = await call("POST", `/api/v1/campaigns/${campaignId}/invitations`, {
    token: world.tokens.deptX,
    body: { schools: [{ orgId }] },
  });
  expect(res.status).toBe(201);
  return (await json<{ invitations: CreatedInvitation[] }>(res)).invitations[0]!;
}

const pathOf = (link: string) => new URL(link).pathname;

async function upload(link: string, what: "check" | "submit", body: BodyInit, submissionId?: string) {
  const query = submissionId ? `?submissionId=${submissionId}` : "";
  const res = await call("POST", `${pathOf(link)}/${what}${query}`, {
    raw: body,
    headers: { "content-type": "application/octet-stream" },
  });
  return {
    status: res.status,
    body: await json<ReportView & Receipt & { code?: string; detail?: string }>(res),
  };
}

beforeAll(async () => {
  world = await seedWorld();
  campaignId = (await openCampaign(world.tokens.deptX, "mx")).id;
});

describe("the invitation page", () => {
  it("shows the school, what is asked and by when, the code to paste, and leaks the link nowhere", async () => {
    const inv = await invite("sa");
    const res = await call("GET", pathOf(inv.link));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("МОУ СОШ № 1");
    expect(html).toContain("Дорожная карта ЦМН, отчёт за 2023 год");
    expect(html).toContain("31 декабря 2099");
    expect(html).toContain(inv.code);
    expect(html).toContain('name="viewport"');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("links the Marketplace listing configured at deploy", async () => {
    const inv = await invite("sb");
    const res = await call("GET", pathOf(inv.link), {
      env: { MARKETPLACE_URL: "https://workspace.google.com/marketplace/app/svodka/123" },
    });
    expect(await res.text()).toContain('href="https://workspace.google.com/marketplace/app/svodka/123"');
  });

  it("answers an unknown, malformed, revoked or expired link with a Russian page and 404 / 410", async () => {
    expect((await call("GET", "/i/not-a-token")).status).toBe(404);
    const unknown = await call("GET", `/i/${"A".repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/не найдены/);

    const revoked = await invite("sa");
    await call("POST", `/api/v1/invitations/${revoked.id}/revoke`, { token: world.tokens.deptX });
    const page = await call("GET", pathOf(revoked.link));
    expect(page.status).toBe(410);
    expect(await page.text()).toMatch(/отозвано/);

    const expired = await invite("sb");
    await env.DB.prepare("UPDATE invitations SET expires_at = '2026-01-02T00:00:00.000Z' WHERE id = ?")
      .bind(expired.id)
      .run();
    const late = await upload(expired.link, "check", csv(allDone()));
    expect(late.status).toBe(410);
    expect(late.body.code).toBe("invitation-expired");
  });
});

describe("uploading through the link", () => {
  it("checks an .xlsx with the shared engine: findings by row and column, nothing stored", async () => {
    const inv = await invite("sa");
    const grid = filledGrid(() => ({}), [0]);
    const res = await upload(inv.link, "check", await xlsx(grid));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const missing = res.body.findings.filter((f) => f.severity === "error");
    expect(missing.length).toBeGreaterThan(0);
    const located = res.body.findings.find((f) => f.row !== null);
    expect(located?.column ?? "A").toMatch(/^[A-Z]+$/);
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM submissions WHERE org_id = 'sa'").first<{
      n: number;
    }>();
    expect(stored?.n).toBe(0);
  });

  it("refuses to submit a file with errors (422) and leaves the link unspent", async () => {
    const inv = await invite("sa");
    const bad = await upload(inv.link, "submit", csv(filledGrid(() => ({}), [0, 1])), crypto.randomUUID());
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatch(/исправьте/);
    const good = await upload(inv.link, "submit", csv(allDone()), crypto.randomUUID());
    expect(good.status, JSON.stringify(good.body)).toBe(201);
  });

  it("submits once as that school, marked as sent via the link; a retry is the same receipt, a reuse is refused", async () => {
    const inv = await invite("sb");
    const id = crypto.randomUUID();
    const first = await upload(inv.link, "submit", await xlsx(allDone()), id);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ orgId: "sb", campaignId, version: 1, status: "submitted" });

    const replay = await upload(inv.link, "submit", await xlsx(allDone()), id);
    expect(replay.status).toBe(200);
    expect(replay.body.submissionId).toBe(id);

    const reuse = await upload(inv.link, "submit", csv(allDone()), crypto.randomUUID());
    expect(reuse.status).toBe(409);
    expect(reuse.body.code).toBe("invitation-used");
    expect(reuse.body.detail).toMatch(/уже использовано/);

    const detail = await json<{ submittedBy: string }>(
      await call("GET", `/api/v1/submissions/${id}`, { token: world.tokens.deptX }),
    );
    expect(detail.submittedBy).toBe(`invitation:${inv.id}`);
    const summary = await json<{ orgs: { orgId: string; status: string }[] }>(
      await call("GET", `/api/v1/campaigns/${campaignId}/summary`, { token: world.tokens.deptX }),
    );
    expect(JSON.stringify(summary)).toContain('"sb"');
    const list = await json<{
      invitations: { id: string; uses: { kind: string; submissionId: string }[] }[];
    }>(await call("GET", `/api/v1/campaigns/${campaignId}/invitations`, { token: world.tokens.deptX }));
    expect(list.invitations.find((i) => i.id === inv.id)?.uses).toEqual([
      expect.objectContaining({ kind: "upload", submissionId: id }),
    ]);
    const page = await (await call("GET", pathOf(inv.link))).text();
    expect(page).toMatch(/уже отправлен/);
    expect(page).not.toContain('id="upload"');
  });

  it("checks a Word .docx roadmap table the same way", async () => {
    const inv = await invite("sa");
    const grid = allDone();
    const cols = Math.max(...grid.map((r) => r.length));
    const docx = writeDocx([
      { paragraph: String(grid[0]![0] ?? "") },
      {
        cols,
        table: grid
          .slice(1)
          .map((row) => Array.from({ length: cols }, (_, i) => ({ paras: [String(row[i] ?? "")] }))),
      },
    ]);
    const res = await upload(inv.link, "check", docx);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(5);
    expect(res.body.counts.error).toBe(0);
  });

  it("reads a Windows-1251 CSV as old Russian Excel writes it", async () => {
    const inv = await invite("sa");
    // «Мероприятие» etc. in cp1251: build bytes from the UTF-16 code points of the Cyrillic block
    const text = csv(allDone());
    const bytes = new Uint8Array(
      [...text].map((ch) => {
        const code = ch.codePointAt(0)!;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        if (code === 0x401) return 0xa8;
        if (code === 0x451) return 0xb8;
        if (code === 0xab) return 0xab;
        if (code === 0xbb) return 0xbb;
        if (code === 0x2116) return 0xb9;
        if (code === 0x2013) return 0x96;
        if (code === 0x2014) return 0x97;
        return code < 0x80 ? code : 0x3f;
      }),
    );
    const res = await upload(inv.link, "check", bytes);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.counts.error).toBe(0);
  });

  it("says in Russian why a file cannot be read (empty, old .xls, broken .xlsx)", async () => {
    const inv = await invite("sa");
    for (const body of [
      new Uint8Array(0),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
      new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]),
    ]) {
      const res = await upload(inv.link, "check", body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("upload-unreadable");
      expect(res.body.detail).toMatch(/[а-я]/);
    }
  });

  it("the link's token is no API credential", async () => {
    const inv = await invite("sa");
    const token = pathOf(inv.link).split("/").pop()!;
    const res = await call("GET", "/api/v1/me", { token });
    expect(res.status).toBe(401);
  });
});
