import { describe, expect, it } from "vitest";
import { plausiblePeriod, signedOn, titlePeriod } from "../../../shared/parse/title-period.ts";

// Title blocks of public roadmaps (tests/fixtures/corpus): where the period is, and where it is not.
describe("titlePeriod", () => {
  it.each([
    ["(сентябрь 2022 г. - май 2024 г.)", { start: "2022-09-01", end: "2024-05-31" }],
    [
      "План проведения на территории Тамбовской области месячника безопасности дорожного движения с 20 апреля по 20 мая 2011 г.",
      { start: "2011-04-20", end: "2011-05-20" },
    ],
    ["Акция пройдёт с 01.10.2024 по 15.10.2024", { start: "2024-10-01", end: "2024-10-15" }],
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
