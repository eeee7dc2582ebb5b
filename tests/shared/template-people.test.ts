import { describe, expect, it } from "vitest";
import { getTemplate, TEMPLATES } from "../../shared/templates/registry.ts";

// A template is handed to every school: its «Ответственный» names a role, never a real person from the
// sample documents («Бондарь О.И.» was the deputy head of the school in seed 001).
const PERSON = /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+/;

describe("templates name roles, not people", () => {
  it("no template's «Ответственный» (or any other text) holds a surname with initials", () => {
    for (const t of TEMPLATES) {
      for (const item of t.items) {
        for (const [field, value] of Object.entries(item)) {
          if (typeof value === "string")
            expect(value, `${t.id} item ${item.code} ${field}`).not.toMatch(PERSON);
        }
      }
    }
  });

  it("the pattern catches the names the sample documents had", () => {
    for (const name of ["Бондарь О.И., зам. директора", "учителя Желтоногова С.А.", "О. И. Бондарь"]) {
      expect(name).toMatch(PERSON);
    }
  });

  it("the school roadmap's «Ответственный» is the deputy head for teaching as a role", () => {
    const school = getTemplate("school-roadmap")!;
    expect(school.items[0]!.responsible).toBe("Заместитель директора по УВР");
  });
});
