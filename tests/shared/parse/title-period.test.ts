// The roadmap's period from its title block: a year range (findPeriod), else a span of at least 60
// days in parentheses, or the whole line when it is short (≤ 80 characters) and nothing but a span.
import { describe, expect, it } from "vitest";
import { plausiblePeriod, signedOn, titlePeriod } from "../../../shared/parse/title-period.ts";

describe("titlePeriod", () => {
  it("a school year or a range of years, as findPeriod reads them", () => {
    expect(titlePeriod("Дорожная карта на 2023-2024 учебный год")).toEqual({
      start: "2023-09-01",
      end: "2024-08-31",
    });
    expect(titlePeriod("План мероприятий на 2020-2024 гг.")).toEqual({
      start: "2020-01-01",
      end: "2024-12-31",
    });
  });

  it("a span of months in parentheses: from the first day of the first to the last day of the last", () => {
    expect(titlePeriod("Дорожная карта (сентябрь 2022 г. - май 2024 г.)")).toEqual({
      start: "2022-09-01",
      end: "2024-05-31",
    });
    // the first parentheses that hold a span count; «(приложение 1)» holds none
    expect(titlePeriod("План (приложение 1) школы (сентябрь 2022 г. - май 2024 г.)")).toEqual({
      start: "2022-09-01",
      end: "2024-05-31",
    });
  });

  it("a short line that is a span of dates", () => {
    expect(titlePeriod("на период с 01.09.2023 по 31.05.2024")).toEqual({
      start: "2023-09-01",
      end: "2024-05-31",
    });
  });

  it("at least 60 days, counting both ends: 1 September – 30 October is 60, to 29 October is 59", () => {
    expect(titlePeriod("с 01.09.2023 по 30.10.2023")).toEqual({ start: "2023-09-01", end: "2023-10-30" });
    expect(titlePeriod("с 01.09.2023 по 29.10.2023")).toBeNull();
  });

  it("a month alone is the date the plan was signed, not its period", () => {
    expect(titlePeriod("Сентябрь 2023")).toBeNull();
  });

  it("prose that mentions dates is not a title period; the dates alone are", () => {
    const prose = `Мероприятия проводятся в соответствии с планом работы школы ${"и графиком ".repeat(3)}с 01.09.2023 по 31.05.2024`;
    expect(titlePeriod(prose)).toBeNull();
    expect(titlePeriod(prose.slice(-26))).toEqual({ start: "2023-09-01", end: "2024-05-31" });
  });
});

// Title blocks of public roadmaps (tests/fixtures/corpus): where the period is, and where it is not.
describe("titlePeriod in the public corpus's title blocks", () => {
  it.each([
    ["(сентябрь 2022 г. - май 2024 г.)", { start: "2022-09-01", end: "2024-05-31" }],
    [
      "План проведения на территории Тамбовской области месячника безопасности дорожного движения с 20 апреля по 20 мая 2011 г.",
      { start: "2011-04-20", end: "2011-05-20" },
    ],
    ["План акции с 01.10.2024 по 15.10.2024", { start: "2024-10-01", end: "2024-10-15" }],
  ])("%j", (text, period) => {
    expect(titlePeriod(text)).toEqual(period);
  });

  it.each(["Сентябрь 2023", "Приложение к приказу от 18.02.2022", "с сентября по май"])(
    "%j → null",
    (text) => {
      expect(titlePeriod(text)).toBeNull();
    },
  );
});

describe("a period ended years before the order that approves the roadmap is not its period", () => {
  it("takes the latest order date of the title block", () => {
    expect(signedOn("Приложение к Постановлению от 28.04.2008 г № 717 (в ред. от 3.02.2009)")).toBe(
      "2009-02-03",
    );
    expect(signedOn("Приложение к приказу от «10» 01 2022 г. № 6а")).toBeNull();
    expect(signedOn("План мероприятий на 2021-2023 годы")).toBeNull();
  });

  it("drops the war's years under a plan signed in 2008, keeps a period amended a year after it ended", () => {
    const war = { start: "1941-01-01", end: "1945-12-31" };
    expect(plausiblePeriod(war, "2008-04-28")).toBeNull();
    const plan = { start: "2022-01-01", end: "2024-12-31" };
    expect(plausiblePeriod(plan, "2025-05-15")).toEqual(plan);
    expect(plausiblePeriod(plan, null)).toEqual(plan);
  });
});

// Written against the survivors of the mutation run on f74bbbc (docs/QUALITY.md), each checked red on
// its mutant: the ways an order's date and a campaign's dates are typed in real title blocks.
describe("title blocks as they are typed", () => {
  it("a campaign plan whose first date carries its year too", () => {
    expect(
      titlePeriod("План мероприятий месячника наставничества с 20 апреля 2011 по 20 мая 2011 г."),
    ).toEqual({ start: "2011-04-20", end: "2011-05-20" });
  });

  it.each([
    // the order's line of its own: «от …» starts the line
    ["от 01.09.2021 № 123", "2021-09-01"],
    // stray spaces around the dots (as in the brief's «до 1. 12.2020 г.»)
    ["Приказ от 28 .04.2008 № 717", "2008-04-28"],
    ["Приказ от 28. 04.2008 № 717", "2008-04-28"],
    ["Приказ от 28.04. 2008 № 717", "2008-04-28"],
    // a form with the day in quotes and no dot after it
    ["Приказ от «01» 09.2021 № 45", "2021-09-01"],
  ])("the order of %j was signed on %s", (text, date) => {
    expect(signedOn(text)).toBe(date);
  });
});
