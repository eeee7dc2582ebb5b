// The roadmap's period from its title block: a year range (findPeriod), else a span of at least 60
// days in parentheses, or the whole line when it is short (≤ 80 characters) and nothing but a span.
import { describe, expect, it } from "vitest";
import { titlePeriod } from "../../../shared/parse/title-period.ts";

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
