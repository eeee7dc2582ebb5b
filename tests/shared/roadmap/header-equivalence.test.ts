import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText } from "../../../shared/grid.ts";
import { mayBeTypo, nearestHeader } from "../../../shared/roadmap/fuzzy-header.ts";
import {
  dataCells,
  headerHints,
  matchHeader,
  mayBeHeader,
  mayBeHeaderText,
  numbering,
  sameButDigits,
} from "../../../shared/roadmap/header.ts";
import type { Role } from "../../../shared/templates/model.ts";
import { TEMPLATES } from "../../../shared/templates/registry.ts";
import { matchHeaderReference, mayBeHeaderReference, nearestHeaderReference } from "./header-reference.ts";

// matchHeader checks a row against all rules in one pass and skips the indicator rules when no cell
// could be a criterion (it is called on every row of a table without codes); its answer must be the
// old one's on every row, with and without a template's hints.

const pieces = [
  ...new Set(TEMPLATES.flatMap((t) => t.columns.flatMap((c) => [c.header, ...(c.synonyms ?? [])]))),
  "№",
  "№ п/п",
  "N",
  "no.",
  "#",
  "Меропрятие",
  "Сорки",
  "Ответсвенный",
  "Наименование этапа",
  "Мероприятия",
  "Содержание деятельности",
  "Критерии",
  "Показатели",
  "Индикатор",
  "Способ оценки",
  "Шкала",
  "Фактическое значение",
  "План",
  "Отчёт",
  "Подтвер\u00adждение",
  "Срок\u200bи",
  "сентябрь 2021",
  "Методист",
  "выполнено",
  "п.3",
  "Мероприятие 12",
  "Меропрятие 7",
  "Сроки 2023",
  "Ответсвенный 1",
  "сорк",
  "N п.п.",
  "NN п/п",
  "Отв-ный",
  "Направления деятельности",
  "Материалы",
  "Итоговый документ",
  "Месяц",
  "Плановое начало",
  "Плановое окончание",
  "Срок окончания реализации",
  "Исполнитель",
  "",
  "",
];
const cell = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...pieces) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...pieces).map((p) => p.toUpperCase()) },
);
const hintSets = [undefined, ...TEMPLATES.map((t) => headerHints(t.columns))];

describe("matchHeader", () => {
  it("answers as the rule-by-rule version did on random rows of headers, typos and data", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 9 }), fc.nat(hintSets.length - 1), (cells, h) => {
        const hints = hintSets[h];
        expect(matchHeader(cells, hints)).toEqual(matchHeaderReference(cells, hints));
      }),
      { numRuns: 3000 },
    );
  });

  it("still finds an indicator table whose criterion column is named only by a template hint", () => {
    const hints = headerHints([
      { role: "criterion", header: "Направление" },
      { role: "indicator", header: "Что измеряем" },
    ]);
    const cells = ["Направление", "Что измеряем", "Шкала", "Значение"];
    expect(matchHeader(cells, hints)).toEqual(matchHeaderReference(cells, hints));
    expect(matchHeader(cells, hints)?.kind).toBe("indicators");
  });

  it("mayBeHeader is false only for rows matchHeader rejects (the table loop skips those)", () => {
    const raw = fc.oneof(
      { weight: 6, arbitrary: cell },
      { weight: 1, arbitrary: fc.constantFrom(null, 1, 2.5, true, false, ` ${"Сроки"} `, "x".repeat(130)) },
    );
    let maybe = 0;
    // the reader passes one cache per table: the same answers with it as without, row after row
    const cache = dataCells();
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 9 }), (row) => {
        const header = matchHeader(row.map(cellText));
        const answer = mayBeHeader(row);
        expect(mayBeHeader(row, cache)).toBe(answer);
        if (!answer) expect(header).toBeNull();
        else maybe++;
      }),
      { numRuns: 3000 },
    );
    expect(maybe).toBeGreaterThan(100); // the filter lets headers through, it is not constant false
  });

  it("mayBeHeader with the table's cache answers as the rules read cell by cell, down a whole table", () => {
    // tables as sheets make them: columns that repeat a few texts, number them («Мероприятие 12»,
    // «п.1004»), take a numbered series up again after another one, and now and then a header row
    const numbered = fc
      .tuple(fc.constantFrom(...pieces, "п.", "1.", "Мероприятие ", "Сроки 20", "№"), fc.nat(20_000))
      .map(([p, n]) => (/\d/.test(p) ? p.replace(/\d+/g, String(n)) : `${p}${n}`));
    // a header with letters turned into digits: a typo while one or two are, not with three, and each
    // digit run may be any length («Отв3тств3нный», «Отв33тств3нный») — a numbered series of typos
    const digitTypo = fc
      .tuple(
        fc.constantFrom("Ответственный", "Мероприятие", "Срок исполнения", "Комментарий"),
        fc.array(fc.tuple(fc.nat(12), fc.nat(120)), { minLength: 1, maxLength: 3 }),
      )
      .map(([h, swaps]) => {
        let t: string = h;
        for (const [at, n] of swaps) t = `${t.slice(0, at)}${n}${t.slice(at + 1)}`;
        return t;
      });
    const column = fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...pieces) },
        { weight: 3, arbitrary: numbered },
        { weight: 2, arbitrary: digitTypo },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 7 }),
        fc.array(fc.array(fc.nat(), { maxLength: 7 }), { minLength: 1, maxLength: 60 }),
        (columns, picks) => {
          const cache = dataCells();
          for (const pick of picks) {
            const row = columns.map((texts, c) => texts[(pick[c] ?? 0) % texts.length]!);
            expect(mayBeHeaderText(row, row.length, cache)).toBe(mayBeHeaderReference(row));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("a cell with a space at an end is read as its trimmed text («# » is the number column «#»)", () => {
    // found by the property above (seed 264470042): the quick dismissal of data cells missed that
    // normalisation trims, so «# » beside «Исполнитель» was no header candidate for the cache path
    for (const row of [
      ["# ", "Исполнитель"],
      [" #", "Исполнитель"],
      ["Исполнитель ", "№"],
    ]) {
      expect(mayBeHeaderText(row, row.length, dataCells())).toBe(mayBeHeaderReference(row));
      expect(mayBeHeaderText(row, row.length, dataCells())).toBe(true);
    }
  });

  it("a numbered series of typos: each text of the series gets its own typo verdict", () => {
    // «Отв1тств1нный» is two edits from «ответственный» (a typo), «Отв22тств2нный» three (not one):
    // the second and third rows number the first, their verdicts must still be their own
    const cache = dataCells();
    const rows = [
      ["Мероприятие", "Статус", "Отв1тств1нный"],
      ["Мероприятие", "Статус", "Отв22тств2нный"],
      ["Мероприятие", "Статус", "Отв3тств3нный"],
      ["Мероприятие", "Статус", "Отв44тств4нный"],
      ["Мероприятие", "Статус", "Отв555тств5нный"],
    ];
    const answers = rows.map((row) => mayBeHeaderText(row, row.length, cache));
    expect(answers).toEqual([true, false, true, false, false]);
    expect(answers).toEqual(rows.map((row) => mayBeHeaderReference(row)));
  });

  it("a numbered series ending in its number: each text its own typo verdict, a new series its own roles", () => {
    // «Ответсвенны1» is two edits from «ответственный» (a typo, and no rule reads it), «Ответсвенны333»
    // has three digits
    const cache = dataCells();
    const typos = ["Ответсвенны1", "Ответсвенны333", "Ответсвенны4", "Ответсвенны555", "Ответсвенны6"];
    const rows = typos.map((t) => ["Мероприятие", "Статус", t]);
    const answers = rows.map((row) => mayBeHeaderText(row, row.length, cache));
    expect(answers).toEqual([true, false, true, false, true]);
    expect(answers).toEqual(rows.map((row) => mayBeHeaderReference(row)));
    // a column numbers activities, then deadlines (no number at the end), then activities again: the
    // activity and the status alone are no header, the deadline and the status may be
    const column = [
      "Мероприятие 1",
      "Мероприятие 2",
      "Срок 1 г.",
      "Срок 2 г.",
      "Мероприятие 3",
      "Мероприятие 4",
    ];
    const again = dataCells();
    const read = column.map((t) => mayBeHeaderText([t, "Статус"], 2, again));
    expect(read).toEqual([false, false, true, true, false, false]);
    expect(read).toEqual(column.map((t) => mayBeHeaderReference([t, "Статус"])));
  });

  it("sameButDigits: the same text once every run of digits is one digit", () => {
    const digity = fc.stringMatching(/^[а-я0-9 .№-]{0,12}$/);
    const collapse = (s: string) => s.replace(/\d+/g, "0");
    fc.assert(
      fc.property(digity, digity, (a, b) => {
        expect(sameButDigits(a, b)).toBe(collapse(a) === collapse(b));
        expect(numbering(a, b)).toBe(a === b ? 2 : collapse(a) === collapse(b) ? 1 : 0);
        expect(numbering(a, `${a}`)).toBe(2);
        expect(
          sameButDigits(
            a,
            a.replace(/\d+/g, (d) => `${d}7`),
          ),
        ).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(sameButDigits("Мероприятие 12", "Мероприятие 7")).toBe(true);
    expect(sameButDigits("Мероприятие 12", "Мероприятие 1 2")).toBe(false);
    expect(sameButDigits("п.12", "п.")).toBe(false);
    expect([numbering("п.12", "п.13"), numbering("п.12", "п.12"), numbering("п.1", "п.12")]).toEqual([
      1, 2, 1,
    ]);
    expect([numbering("1.12", "11.2"), numbering("12", "21"), numbering("a1b", "a1c")]).toEqual([1, 1, 0]);
  });

  it("mayBeHeader lets a real next-table header through and stops plain data rows", () => {
    expect(mayBeHeader(["Критерии", "Показатели", "Шкала"])).toBe(true);
    expect(mayBeHeader(["№", "Мероприятие", "Сроки"])).toBe(true);
    expect(mayBeHeader(["п.3", "Мероприятие 12", "не знаю", "Методист", "готово"])).toBe(false);
    // two roles and a misspelt third: matchHeader reads it as a header, so the filter must let it by
    const typo = ["Мероприятие", "Статус", "Ответсвенный"];
    expect(matchHeader(typo)?.columns).toEqual({ activity: 0, status: 1, responsible: 2 });
    expect(mayBeHeader(typo)).toBe(true);
    // the same with a data cell in place of the typo is not a header, and is dismissed
    expect(mayBeHeader(["Мероприятие 7", "выполнено", "Методист", "п.12"])).toBe(false);
    // an activity named twice: the second may still be a typo of another role
    expect(mayBeHeader(["Мероприятие", "Статус", "Мероприятие", "Сорки"])).toBe(true);
  });

  it("mayBeTypo is true exactly when some common header is near enough, with no role taken", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...pieces.map((p) => p.toLowerCase())), fc.string({ maxLength: 44 })),
        (text) => {
          const expected = text.length <= 40 && nearestHeaderReference(text, () => false) !== null;
          expect(mayBeTypo(text)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("a typo's nearest header is the old search's, whichever roles are taken, asked again and again", () => {
    const typos = [
      "сорки",
      "меропрятие",
      "ответсвенный",
      "ответственые",
      "статуc",
      "примечане",
      "срокк",
      "№ п/п.",
    ];
    const roles: Role[] = [
      "code",
      "activity",
      "deadline",
      "responsible",
      "evidence",
      "target",
      "status",
      "comment",
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...typos), fc.string({ maxLength: 14 })),
        fc.subarray(roles),
        (text, taken) => {
          const isTaken = (r: Role) => taken.includes(r);
          expect(nearestHeader(text, isTaken)).toEqual(nearestHeaderReference(text, isTaken));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
