import { describe, expect, it } from "vitest";
import { NOUNS, plural } from "../../shared/i18n/plural.ts";

describe("Russian plurals", () => {
  it("picks one / few / many as Russian does, teens included", () => {
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => plural(n, NOUNS.school))).toEqual([
      "1 школа",
      "2 школы",
      "5 школ",
      "11 школ",
      "12 школ",
      "14 школ",
      "21 школа",
      "22 школы",
      "25 школ",
      "101 школа",
      "111 школ",
    ]);
    expect(plural(0, NOUNS.participant)).toBe("0 участников");
    expect(plural(3, NOUNS.letter)).toBe("3 письма");
    expect(plural(1.5, NOUNS.day)).toBe("1.5 дня");
  });
});
