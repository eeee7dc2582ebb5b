// «Скачать Excel / CSV» in the bundled add-on (node:vm, fakes): the worker's real summary file goes
// through UrlFetchApp's signed bytes and Utilities.base64Encode to the sidebar, and what the sidebar
// decodes is the same file — read back with a real XLSX reader, CSV byte for byte with its BOM.
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { summaryFileName } from "../../addon/src/server/plan/summary-file.ts";
import { summaryCsv } from "../../worker/src/services/summary-csv.ts";
import { summaryXlsx } from "../../worker/src/services/summary-xlsx.ts";
import { bundledAddon } from "./fakes/load-addon.ts";
import { signedBytes } from "./fakes/services.ts";
import { configure, problem, summary, WORKER } from "./worker-fixtures.ts";

const addon = bundledAddon();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const SUMMARY = summary([
  { orgId: "s21", name: "МБОУ СОШ №21", status: "submitted" },
  { orgId: "s5", name: '=HYPERLINK("http://evil";"СОШ №5")', status: "not-submitted" },
]);

function department(
  reply: (url: string) => { status?: number; bytes?: Uint8Array; body?: unknown; contentType?: string },
) {
  const env = addon();
  env.book.addSheet("Лист1");
  configure(env);
  env.urlFetch.respond((req) => reply(req.url));
  return env;
}

/** Today in the spreadsheet's zone, dd.mm.yyyy, worked out apart from the add-on's Utilities call. */
function localToday(zone: string): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date()).split("-");
  return `${d}.${m}.${y}`;
}

describe("downloadSummary", () => {
  it("hands the sidebar the worker's XLSX: the bytes read back as the summary's workbook", async () => {
    const file = summaryXlsx(SUMMARY);
    // bytes ≥ 128 are what signed Java bytes get wrong: the real file has plenty (zip headers, deflate)
    expect(file.some((b) => b > 127)).toBe(true);
    const env = department(() => ({ bytes: file, contentType: XLSX }));
    const r = env.call("downloadSummary", "xlsx");
    expect(r.ok).toBe(true);
    expect(env.urlFetch.requests).toHaveLength(1);
    const req = env.urlFetch.requests[0]!;
    expect(req.url).toBe(`${WORKER}/api/v1/campaigns/c-2024/summary?format=xlsx`);
    expect(req.method).toBe("get");
    expect(req.headers.Accept).toBe(XLSX);
    expect(req.headers.Authorization).toBe("Bearer fake-id-token");
    expect(r.value.mimeType).toBe(XLSX);
    expect(r.value.bytes).toBe(file.length);
    expect(r.value.fileName).toBe(
      `Сводка — Дорожная карта ЦМН 2023-2024 — ${localToday("Europe/Moscow")}.xlsx`,
    );

    const got = new Uint8Array(Buffer.from(r.value.base64, "base64"));
    expect(got).toEqual(file);
    const sheets = await readXlsxFile(got.buffer);
    expect(sheets.map((s) => s.sheet)).toEqual(["Сводка", "Замечания", "Группы"]);
    const rows = sheets[0]!.data;
    expect(rows[0]!.slice(0, 6)).toEqual([
      "Код организации",
      "Организация",
      "Группа",
      "Статус",
      "Версия",
      "Получено",
    ]);
    // typed cells survived the trip: text, a number, a real date (the campaign's Moscow wall clock)
    expect(rows[1]!.slice(0, 5)).toEqual(["s21", "МБОУ СОШ №21", "uo-sp", "сдано", 1]);
    expect(rows[1]![5]).toEqual(new Date("2024-05-20T10:30:00Z"));
    // a school's formula-looking name arrives as the text it was, not as a formula
    expect(rows[2]![1]).toBe('=HYPERLINK("http://evil";"СОШ №5")');
  });

  it("hands over the CSV byte for byte: BOM, Cyrillic, «;»", () => {
    const csv = new Uint8Array(Buffer.from(summaryCsv(SUMMARY), "utf8"));
    const env = department(() => ({ bytes: csv, contentType: "text/csv; charset=utf-8" }));
    const r = env.call("downloadSummary", "csv");
    expect(r.ok).toBe(true);
    expect(env.urlFetch.requests[0]!.url).toBe(`${WORKER}/api/v1/campaigns/c-2024/summary?format=csv`);
    expect(r.value.mimeType).toBe("text/csv;charset=utf-8");
    expect(r.value.fileName).toMatch(/^Сводка — Дорожная карта ЦМН 2023-2024 — \d\d\.\d\d\.\d{4}\.csv$/);
    const got = Buffer.from(r.value.base64, "base64");
    expect([...got.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new Uint8Array(got)).toEqual(csv);
    expect(got.toString("utf8")).toContain("МБОУ СОШ №21");
  });

  it("says in Russian why there is no file: the worker's refusal, a wrong answer, too big, not set up", () => {
    const refused = department(() =>
      problem(403, "forbidden", "Недостаточно прав: сводку собирает управление образования."),
    );
    expect(refused.call("downloadSummary", "xlsx")).toMatchObject({
      ok: false,
      code: "forbidden",
      message: "Недостаточно прав: сводку собирает управление образования.",
    });

    // a 200 that is not the file asked for (a proxy's HTML page, the JSON summary) is no download
    const html = department(() => ({
      bytes: new TextEncoder().encode("<html>login</html>"),
      contentType: "text/html",
    }));
    expect(html.call("downloadSummary", "xlsx")).toMatchObject({ ok: false, code: "bad-response" });

    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    const tooBig = department(() => ({ bytes: big, contentType: XLSX }));
    const r = tooBig.call("downloadSummary", "xlsx");
    expect(r).toMatchObject({ ok: false, code: "too-large" });
    expect(r.message).toContain("(10,0 МБ, можно до 10,0 МБ)");
    expect(r.message).toContain("через API");

    const bare = addon();
    expect(bare.call("downloadSummary", "xlsx")).toMatchObject({ ok: false, code: "not-configured" });
  });

  it("the fakes give signed bytes like Apps Script, and base64Encode refuses unsigned ones", () => {
    const env = department(() => ({ bytes: new Uint8Array([0x50, 0x4b, 0xff, 0x80]), contentType: XLSX }));
    const res = (
      env.context.UrlFetchApp as {
        fetch: (u: string) => { getContent(): number[]; getBlob(): { getBytes(): number[] } };
      }
    ).fetch(`${WORKER}/x`);
    expect(res.getContent()).toEqual([80, 75, -1, -128]);
    expect(res.getBlob().getBytes()).toEqual(signedBytes(new Uint8Array([0x50, 0x4b, 0xff, 0x80])));
    const encode = (env.context.Utilities as { base64Encode: (b: unknown) => string }).base64Encode;
    expect(encode([80, 75, -1, -128])).toBe(Buffer.from([0x50, 0x4b, 0xff, 0x80]).toString("base64"));
    expect(() => encode([80, 75, 255, 128])).toThrow(/Cannot convert 255 to byte/);
  });
});

describe("summaryFileName", () => {
  it("keeps the campaign's Russian name and drops what a file system refuses", () => {
    expect(summaryFileName("Дорожная карта ЦМН 2025–2026", "2026-12-01", "xlsx")).toBe(
      "Сводка — Дорожная карта ЦМН 2025–2026 — 01.12.2026.xlsx",
    );
    expect(summaryFileName('Итоги: 1/2 "полугодия" <УО>\\ № 5?*|\t', "2026-01-09", "csv")).toBe(
      "Сводка — Итоги 1 2 полугодия УО № 5 — 09.01.2026.csv",
    );
    expect(summaryFileName("../../etc/passwd", "2026-12-01", "csv")).toBe(
      "Сводка — .. .. etc passwd — 01.12.2026.csv",
    );
    expect(summaryFileName("???", "2026-12-01", "xlsx")).toBe("Сводка — кампания — 01.12.2026.xlsx");
    expect(summaryFileName("я".repeat(200), "2026-12-01", "xlsx")).toBe(
      `Сводка — ${"я".repeat(80)} — 01.12.2026.xlsx`,
    );
    // 80 characters of the name itself: a dropped character in front does not take one of them, and
    // a cut that falls on a space leaves no space before the dash
    expect(summaryFileName(`/${"я".repeat(80)}`, "2026-12-01", "xlsx")).toBe(
      `Сводка — ${"я".repeat(80)} — 01.12.2026.xlsx`,
    );
    expect(summaryFileName(`${"я".repeat(79)} конец`, "2026-12-01", "xlsx")).toBe(
      `Сводка — ${"я".repeat(79)} — 01.12.2026.xlsx`,
    );
  });
});
