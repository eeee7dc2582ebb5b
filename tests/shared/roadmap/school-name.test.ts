import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";
import { schoolFromTitle } from "../../../shared/roadmap/school-name.ts";
import { gridFromTsv } from "../../../shared/text-grid.ts";

// Which organisation a roadmap belongs to, from its title (the CLI's folder summary names each file's
// school by it). Expected names are read off the documents' titles by hand.
const titleOf = (file: string) =>
  readRoadmap(gridFromTsv(readFileSync(`tests/fixtures/seeds/${file}.txt`, "utf8"))).title;

describe("schoolFromTitle", () => {
  it("names the school of the two school roadmaps, and none for the three municipal documents", () => {
    // «… в МБОУ «Средняя общеобразовательная школа №21» на 2023-2024 учебный год»
    expect(schoolFromTitle(titleOf("001_05aab9b01409ba82"))).toBe(
      "МБОУ «Средняя общеобразовательная школа №21»",
    );
    // «… в МУДО\nДЮОЦ на 2022 – 2024 гг.»: the line break is a space
    expect(schoolFromTitle(titleOf("004_d0d44ac2c919aeb6"))).toBe("МУДО ДЮОЦ");
    // an education department's roadmap (Стрежевой), a municipal programme (Кедровый), a district plan
    for (const f of ["000_500b399dd1c1fd8e", "002_4851a492f0e147dc", "003_3ffaea0ad251f32c"]) {
      expect({ f, school: schoolFromTitle(titleOf(f)) }).toEqual({ f, school: null });
    }
  });

  it.each<[string | null, string | null]>([
    // the forms the file names: a name in quotes, an abbreviation, a number
    ["Дорожная карта МБОУ «СОШ №21» на 2024 год", "МБОУ «СОШ №21»"],
    ["Дорожная карта МУДО ДЮОЦ на 2022 – 2024 гг.", "МУДО ДЮОЦ"],
    ["Дорожная карта МБОУ СОШ № 5 на 2024 год", "МБОУ СОШ № 5"],
    ["МБОУ СОШ №5", "МБОУ СОШ №5"],
    // the place after the number is part of the name; the title after it is not
    ["Дорожная карта МБОУ СОШ № 5 Тайшета на 2024 год", "МБОУ СОШ № 5 Тайшета"],
    ["МБОУ СОШ № 5 Дорожная карта", "МБОУ СОШ № 5"],
    ["МБОУ СОШ № 5 План мероприятий на 2024 год", "МБОУ СОШ № 5"],
    // other kinds of organisation: a kindergarten in straight quotes, a state school, a boarding school
    ['План мероприятий МАДОУ "Детский сад № 7" на 2024 год', 'МАДОУ "Детский сад № 7"'],
    ["План ГБОУ «Школа № 1234» на 2024 год", "ГБОУ «Школа № 1234»"],
    ["План мероприятий (МКОУ ООШ) на 2024 год", "МКОУ ООШ"],
    // Markdown bold and line breaks of a pasted title are not part of the name
    ["**МБОУ   СОШ № 5**\nна 2024 год", "МБОУ СОШ № 5"],
    // no abbreviation: a quoted name that says school, gymnasium, lyceum, kindergarten or centre
    ["Дорожная карта «Средняя школа № 3» на 2024 год", "«Средняя школа № 3»"],
    ["Дорожная карта « Гимназия № 2 » на 2024 год", "«Гимназия № 2»"],
    ["Дорожная карта «Лицей № 1»", "«Лицей № 1»"],
    ["План «Детский сад Ромашка»", "«Детский сад Ромашка»"],
    // a quoted name that is not an organisation, and no title at all
    ["Дорожная карта «Развитие наставничества» на 2024 год", null],
    ["План мероприятий Управления образования", null],
    ["", null],
    [null, null],
  ])("%j → %j", (title, school) => {
    expect(schoolFromTitle(title)).toBe(school);
  });
});
