import { describe, expect, it } from "vitest";
import { bundledAddon } from "./fakes/load-addon.ts";
import { schoolSheet } from "./sheets.ts";
import { campaign, configure, problem, receipt, WORKER } from "./worker-fixtures.ts";

const addon = bundledAddon();

function ready() {
  const env = addon();
  env.book.addSheet("Карта", schoolSheet(5));
  configure(env);
  return env;
}

describe("submitSheet", () => {
  it("asks for settings first", () => {
    const env = addon();
    env.book.addSheet("Карта", schoolSheet(3));
    expect(env.call("submitSheet")).toMatchObject({ ok: false, code: "not-configured" });
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("posts the grid with a client id and the identity token, shows and logs the receipt", () => {
    const env = ready();
    env.urlFetch.respond((req) => ({ status: 201, body: receipt(JSON.parse(req.payload!).submissionId, 3) }));
    const r = env.call("submitSheet");
    expect(r.ok).toBe(true);
    const req = env.urlFetch.requests[0]!;
    expect(req.url).toBe(`${WORKER}/api/v1/campaigns/c-2024/submissions`);
    expect(req.method).toBe("post");
    expect(req.headers.Authorization).toBe("Bearer fake-id-token");
    const body = JSON.parse(req.payload!);
    expect(body.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.sheetName).toBe("Карта");
    expect(body.grid[1][0]).toBe("№");
    expect(r.value).toMatchObject({ version: 3, status: "submitted", counts: { error: 0, warning: 2 } });
    expect(r.value.statusText).toBe("принят");
    expect(r.value.receivedAtText).toBe("20.05.2024 10:30");

    const log = env.book.sheet("Квитанции").dump();
    expect(log[0]![0]).toBe("Отправлено");
    expect(log[1]).toEqual([new Date("2024-05-20T07:30:00Z"), "Карта", 3, "принят", 0, 2, body.submissionId]);
    expect(env.book.sheet("Квитанции").getRange("A2").getDisplayValue()).toBe("20.05.2024 10:30");
    // the user stays on their sheet
    expect(env.book.activeSheet?.getName()).toBe("Карта");
    expect(env.call("getState").value.pendingSubmission).toBeNull();
  });

  it("retries with the same submission id after the worker was unreachable", () => {
    const env = ready();
    env.urlFetch.respond(() => ({ throws: "Address unavailable" }));
    const first = env.call("submitSheet");
    expect(first).toMatchObject({ ok: false, code: "unreachable" });
    expect(first.message).toMatch(/недоступен/);
    const pending = env.call("getState").value.pendingSubmission;
    expect(pending).toBeTruthy();

    env.urlFetch.respond(() =>
      problem(503, "busy", "Сервер занят, повторите попытку через несколько секунд."),
    );
    const second = env.call("submitSheet");
    expect(second).toMatchObject({ ok: false, code: "busy" });
    expect(second.message).toContain("Сервер занят");

    env.urlFetch.respond((req) => ({ status: 200, body: receipt(JSON.parse(req.payload!).submissionId) }));
    expect(env.call("submitSheet").ok).toBe(true);
    const ids = env.urlFetch.requests.map((r) => JSON.parse(r.payload!).submissionId);
    expect(new Set(ids)).toEqual(new Set([pending]));
    expect(env.book.sheet("Квитанции").dump()).toHaveLength(2);
  });

  it("uses a new id once the sheet has changed or the previous one was accepted", () => {
    const env = ready();
    env.urlFetch.respond(() => ({ status: 500, body: "oops", contentType: "text/plain" }));
    env.call("submitSheet");
    env.book.sheet("Карта").getRange(3, 7).setValue("выполнено");
    env.urlFetch.respond((req) => ({ status: 201, body: receipt(JSON.parse(req.payload!).submissionId) }));
    env.call("submitSheet");
    env.call("submitSheet");
    const ids = env.urlFetch.requests.map((r) => JSON.parse(r.payload!).submissionId);
    expect(new Set(ids).size).toBe(3);
  });

  it("shows the worker's Russian detail for a rejected submission and forgets a conflicting id", () => {
    const env = ready();
    env.urlFetch.respond(() =>
      problem(409, "submission-conflict", "Отправка с идентификатором «x» уже принята с другими данными."),
    );
    const r = env.call("submitSheet");
    expect(r).toMatchObject({ ok: false, code: "submission-conflict" });
    expect(r.message).toContain("уже принята с другими данными");
    expect(env.call("getState").value.pendingSubmission).toBeNull();
  });

  it("explains an expired sign-in and a server error in Russian without a problem body", () => {
    const env = ready();
    env.urlFetch.respond(() => ({ status: 401, body: "" }));
    expect(env.call("submitSheet").message).toMatch(/учётную запись Google/);
    env.urlFetch.respond(() => ({ status: 502, body: "<html>Bad gateway</html>", contentType: "text/html" }));
    expect(env.call("submitSheet").message).toMatch(/Ошибка на сервере Сводки \(502\)/);
  });

  it("refuses locally a sheet the worker would refuse as too large", () => {
    const env = addon();
    const big = Array.from({ length: 2000 }, (_, i) => [String(i), "Мероприятие ".repeat(120)]);
    env.book.addSheet("Огромный", big);
    configure(env);
    const r = env.call("submitSheet");
    expect(r).toMatchObject({ ok: false, code: "payload-too-large" });
    expect(r.message).toMatch(/не более 5 МБ/);
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("rejects a 2xx answer that does not match the receipt schema", () => {
    const env = ready();
    env.urlFetch.respond(() => ({ status: 201, body: { hello: "world" } }));
    expect(env.call("submitSheet")).toMatchObject({ ok: false, code: "bad-response" });
  });
});

describe("prepareSubmit: the sheet about to go, and whether it is the campaign's roadmap", () => {
  it("names an inserted template sheet with no warning", () => {
    const env = addon();
    configure(env);
    expect(env.call("insertTemplate", "school-roadmap", "2023-2024 учебный год").ok).toBe(true);
    const r = env.call("prepareSubmit");
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({
      campaignName: "Дорожная карта ЦМН 2023-2024",
      fromTemplate: true,
      warning: null,
      refused: false,
    });
    expect(r.value.sheetName).toBe(env.book.activeSheet?.getName());
    expect(env.urlFetch.requests).toHaveLength(0);
  });

  it("warns that a hand-made roadmap was not inserted from the template, but lets it go", () => {
    const env = ready();
    const r = env.call("prepareSubmit");
    expect(r.value).toMatchObject({ sheetName: "Карта", fromTemplate: false, refused: false });
    expect(r.value.warning).toBe(
      "Лист «Карта» не вставлен из шаблона этой кампании. Проверьте, что отправляете дорожную карту, а не другой лист.",
    );
  });

  it("says the worker will refuse the «Квитанции» sheet, and why", () => {
    const env = ready();
    env.book.addSheet("Квитанции", [
      ["Отправлено", "Лист", "Версия", "Статус", "Ошибок", "Предупреждений", "Идентификатор"],
      ["20.05.2024 10:30", "Карта", 3, "принят", 0, 2, "0b6f1c9e"],
    ]);
    env.book.sheet("Квитанции").activate();
    const r = env.call("prepareSubmit");
    expect(r.value).toMatchObject({ sheetName: "Квитанции", refused: true });
    expect(r.value.warning).toMatch(
      /^Лист «Квитанции» не похож на дорожную карту кампании: не найдена строка заголовка/,
    );
  });

  it("does not send another sheet than the one the user confirmed", () => {
    const env = ready();
    const r = env.call("submitSheet", "Другой лист");
    expect(r).toMatchObject({ ok: false, code: "sheet-changed" });
    expect(r.message).toContain("был «Другой лист», сейчас «Карта»");
    expect(env.urlFetch.requests).toHaveLength(0);
  });
});

describe("settings", () => {
  it("accepts only https worker addresses and keeps the chosen campaign in document properties", () => {
    const env = addon();
    env.book.addSheet("Карта");
    expect(env.call("saveSettings", "http://insecure.example", "c-2024")).toMatchObject({
      ok: false,
      code: "bad-url",
    });
    configure(env);
    const state = env.call("getState").value;
    expect(state.workerUrl).toBe(WORKER);
    expect(state.campaign).toMatchObject({
      id: "c-2024",
      templateId: "school-roadmap",
      dueDate: "2024-06-10",
    });
    const stored = [...env.documentProperties.data.values()].join(" ");
    expect(stored).not.toContain("fake-id-token");
  });

  it("lists the campaigns from the worker", () => {
    const env = addon();
    env.book.addSheet("Карта");
    env.urlFetch.respond(() => ({
      body: { campaigns: [{ ...campaign, participants: undefined }] },
    }));
    const r = env.call("loadCampaigns", `${WORKER}/`);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual([
      { id: "c-2024", name: "Дорожная карта ЦМН 2023-2024", dueDate: "2024-06-10", status: "open" },
    ]);
    expect(env.urlFetch.requests[0]!.url).toBe(`${WORKER}/api/v1/campaigns`);
  });
});
