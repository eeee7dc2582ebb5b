import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../shared/parse/deadline.ts";
import { matchHeader } from "../../shared/roadmap/header.ts";
import { normalizeSpaces, normalizeText, stems } from "../../shared/text.ts";

// One normal form for headers, activities and every parser: they used to disagree on dashes and
// zero-width spaces (a header «Срок\u200bи» was not a deadline column while the parser read the cell).
describe("normalizeText", () => {
  it("folds case, ё, dashes, nbsp and whitespace runs", () => {
    expect(normalizeText("  Сентябрь\u00a0–\u2014 Октябрь  2024\tг. ЁЛКА ")).toBe(
      "сентябрь -- октябрь 2024 г. елка",
    );
    expect(normalizeText("2023\u22122024")).toBe("2023-2024");
  });

  it("removes zero-width characters and soft hyphens that Word leaves inside words", () => {
    expect(normalizeText("нас\u200bтав\u00adник\u2060и\ufeff")).toBe("наставники");
    expect(normalizeSpaces("Иванов\u200b И.\u00a0И.")).toBe("Иванов И. И.");
  });

  it("headers, stems and deadlines agree on the same text", () => {
    const header = matchHeader(["№", "Меро\u200bприятие", "Сро\u00adки", "Ответственные"]);
    expect(header?.columns).toMatchObject({ code: 0, activity: 1, deadline: 2, responsible: 3 });
    expect(stems("Настав\u200bничество")).toEqual(stems("наставничество"));
    expect(parseDeadline("сен\u200bтябрь\u00a0– октябрь 2024", null)).toMatchObject({
      start: "2024-09-01",
      end: "2024-10-31",
    });
  });
});
