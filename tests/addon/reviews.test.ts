import { beforeAll, describe, expect, it } from "vitest";
import type { ReviewList } from "../../shared/api/reviews.ts";
import { buildAddon, loadAddon } from "./fakes/load-addon.ts";
import type { FetchRecord } from "./fakes/services.ts";
import { configure, problem, respondAsSchool, review, summary, WORKER } from "./worker-fixtures.ts";

// Review in the bundled add-on: the department decides per school; the school sees the state and the
// comment in «Отправка» and, once per review, in «Квитанции».
let dist = "";
beforeAll(async () => {
  dist = await buildAddon();
});

const returned = review({
  state: "returned",
  comment: "=Нет ссылок на приказы",
  items: [{ code: "1.1", comment: "приложите приказ" }],
});

describe("department: «Проверка отчётов»", () => {
  const ORGS = [
    { orgId: "s21", name: "МБОУ СОШ №21", status: "submitted" as const },
    { orgId: "s5", name: "МБОУ СОШ №5", status: "not-submitted" as const },
  ];
  function ready(reply: (req: FetchRecord) => unknown = () => undefined) {
    const env = loadAddon(dist);
    env.book.addSheet("Лист1");
    configure(env);
    const s = summary(ORGS);
    s.orgs[0]!.review = {
      state: "pending",
      version: null,
      comment: "",
      items: [],
      reviewedBy: null,
      reviewedAt: null,
    };
    env.urlFetch.respond(
      (req) => reply(req) ?? (req.url.endsWith("/summary") ? { body: s } : { status: 404, body: {} }),
    );
    return env;
  }

  it("lists the schools with a submitted version and their review state", () => {
    const r = ready().call("loadReviewQueue");
    expect(r.value.schools).toEqual([
      {
        orgId: "s21",
        name: "МБОУ СОШ №21",
        version: 1,
        statusText: "сдано",
        state: "pending",
        stateText: "на проверке",
        comment: "",
      },
    ]);
  });

  it("returns a report with a comment and item remarks in one POST", () => {
    const env = ready((req) => (req.method === "post" ? { status: 201, body: returned } : undefined));
    const r = env.call(
      "reviewSchool",
      "s21",
      1,
      "returned",
      " Нет ссылок ",
      "1.1: приложите приказ\n\n2.3 :  нет даты",
    );
    expect(r.ok, r.message).toBe(true);
    const post = env.urlFetch.requests.find((q) => q.method === "post")!;
    expect(post.url).toBe(`${WORKER}/api/v1/campaigns/c-2024/orgs/s21/reviews`);
    expect(JSON.parse(post.payload!)).toEqual({
      version: 1,
      state: "returned",
      comment: "Нет ссылок",
      items: [
        { code: "1.1", comment: "приложите приказ" },
        { code: "2.3", comment: "нет даты" },
      ],
    });
  });

  it("refuses before sending: a return without a comment, a remark line without «:»; shows the worker's refusal", () => {
    const env = ready();
    expect(env.call("reviewSchool", "s21", 1, "returned", "  ", "")).toMatchObject({
      ok: false,
      message: "Чтобы вернуть отчёт, напишите, что исправить.",
    });
    expect(env.call("reviewSchool", "s21", 1, "returned", "", "1.1 без двоеточия").message).toBe(
      "Строка 1 «1.1 без двоеточия»: ожидается «номер пункта: замечание».",
    );
    expect(env.urlFetch.requests.filter((q) => q.method === "post")).toHaveLength(0);
    const stale = ready((req) =>
      req.method === "post" ? problem(409, "review-not-latest", "сейчас это версия 3") : undefined,
    );
    expect(stale.call("reviewSchool", "s21", 1, "accepted", "", "")).toMatchObject({
      ok: false,
      code: "review-not-latest",
      message: "Сервер не принял решение по отчёту: сейчас это версия 3",
    });
  });
});

describe("school: the review in «Отправка» and «Квитанции»", () => {
  function school(reviews = [returned], state: ReviewList["state"] = "returned") {
    const env = loadAddon(dist);
    env.book.addSheet("Карта");
    configure(env);
    respondAsSchool(env, reviews, state);
    return env;
  }

  it("shows the state, the comment and the remarks, and logs the review once in «Квитанции»", () => {
    const env = school();
    const r = env.call("loadMyReview");
    expect(r.ok, r.message).toBe(true);
    expect(r.value).toEqual({
      orgName: "МБОУ СОШ №21",
      state: "returned",
      stateText: "Проверка управления: возвращено на доработку",
      comment: "=Нет ссылок на приказы",
      // «Карта» is empty, no roadmap: the remark is listed without a row (review-remarks.test.ts)
      items: [{ code: "1.1", comment: "приложите приказ", row: null, column: null, cell: null }],
      sheetName: null,
      detail: "21.05.2024 10:00, uo@example.org, версия 1",
    });
    env.call("loadMyReview");
    const log = env.book.sheet("Квитанции").dump();
    expect(log).toHaveLength(2);
    expect(log[1]).toEqual([
      new Date("2024-05-21T07:00:00Z"),
      "Проверка управления",
      1,
      "возвращено на доработку: =Нет ссылок на приказы; 1.1: приложите приказ",
      "",
      "",
      returned.id,
    ]);
    // the comment is text in the sheet, never a formula; the time a date cell shown in Moscow time
    expect(env.book.sheet("Квитанции").cell("D2").formula).toBe("");
    expect(env.book.sheet("Квитанции").getRange("A2").getDisplayValue()).toBe("21.05.2024 10:00");
  });

  it("after a resubmission the state is «на проверке» with no old comment", () => {
    const r = school([returned], "pending").call("loadMyReview");
    expect(r.value).toMatchObject({
      state: "pending",
      stateText: "Проверка управления: на проверке",
      comment: "",
    });
  });
});
