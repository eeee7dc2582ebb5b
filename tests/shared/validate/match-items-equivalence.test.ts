import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TemplateItem } from "../../../shared/templates/model.ts";
import { TEMPLATES } from "../../../shared/templates/registry.ts";
import { stems } from "../../../shared/text.ts";
import { type Matchable, matchItems } from "../../../shared/validate/match-items.ts";
import { StemUniverse } from "../../../shared/validate/stem-universe.ts";
import { matchItemsReference } from "./match-items-reference.ts";

// Item matching was rewritten for speed (a scanner over the template's stems instead of every row's
// own stem list); the result must be the old one's on every input, ties included.

const roadmaps = TEMPLATES.filter((t) => t.items.length > 0);
const words = [
  ...new Set(roadmaps.flatMap((t) => t.items.flatMap((i) => i.activity.split(/\s+/)))),
  "для",
  "и",
  "по",
  "Ёлка",
  "наставни\u00adков",
  "настав\u200bничества",
  "школы",
  "№12",
  "2024",
  "—",
  "NASTAVNIK",
  "НАСТАВНИКОВ",
  "ОТЧЁТ",
  "İzmir",
  "\u212aey",
  "мероп\u2060риятие",
  "для для для",
  "наставник наставники наставничество",
  "Для",
  "ДЛЯ",
  "",
];

const activity = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 14 })
  .map((ws) => ws.join(fc.sample(fc.constantFrom(" ", "  ", "\u00a0", ", ", "-"), 1)[0]));

describe("matchItems", () => {
  it("agrees with the previous matcher on random sheets built from the templates' own words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...roadmaps),
        fc.array(
          fc.record({
            key: fc.option(fc.constantFrom("1.1", "1.2", "2.1", "2.3", "3.1", "4.2", "9.9"), { nil: null }),
            activity,
          }),
          { maxLength: 60 },
        ),
        fc.boolean(),
        (template, rows, copyTemplate) => {
          // half the runs also carry exact and shuffled copies of template activities, so many match
          const sheet: Matchable[] = copyTemplate
            ? [
                ...rows,
                ...template.items.map((t, k) => ({
                  key: k % 3 ? null : t.code,
                  activity: k % 2 ? t.activity : t.activity.split(" ").reverse().join(" "),
                })),
              ]
            : rows;
          expect(matchItems(template.items, sheet)).toEqual(matchItemsReference(template.items, sheet));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("keeps the first of equally good rows, as before", () => {
    const template = roadmaps[0]!;
    const t = template.items[0]!;
    const sheet: Matchable[] = [
      { key: null, activity: "совсем другое" },
      { key: null, activity: t.activity },
      { key: null, activity: t.activity.toUpperCase() },
    ];
    const got = matchItems(template.items, sheet);
    expect(got[0]).toBe(1);
    expect(got).toEqual(matchItemsReference(template.items, sheet));
  });

  it("a row with many words of its own loses to a short one sharing the same stems", () => {
    const t: TemplateItem = {
      ...roadmaps[0]!.items[0]!,
      code: "7.7",
      activity: "Формирование базы наставников",
    };
    const sheet: Matchable[] = [
      { key: null, activity: "Формирование базы наставников и ещё десять своих разных слов сверху текста" },
      { key: null, activity: "формирование базы наставников школы" },
    ];
    expect(matchItems([t], sheet)).toEqual([1]);
  });
});

describe("StemUniverse.scan", () => {
  it("finds exactly the stems `stems()` gives that are in the universe, and counts all distinct ones", () => {
    const universe = new StemUniverse(roadmaps.flatMap((t) => t.items.map((i) => stems(i.activity))));
    const byId = [...universe.ids.keys()];
    fc.assert(
      fc.property(activity, (text) => {
        const found: string[] = [];
        const distinct = universe.scan(text, (id) => found.push(byId[id]!));
        expect(found).toEqual(stems(text).filter((s) => universe.ids.has(s)));
        expect(distinct).toBe(new Set(stems(text)).size);
      }),
      { numRuns: 2000 },
    );
  });

  it("folds every character of the Basic Multilingual Plane as lower-casing and normalizeText do", () => {
    const universe = new StemUniverse([["настав", "мероп", "kelvin", "abi", "ива", "ееж"]]);
    const byId = [...universe.ids.keys()];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`НАСТ${ch}АВНИК`, `AB${ch}`, `ме${ch}роп`, `ив${ch}`, `${ch}ЕЖ`, `${ch}ELVIN`]) {
        const found: string[] = [];
        const distinct = universe.scan(text, (id) => found.push(byId[id]!));
        const all = stems(text);
        const expected = all.filter((s) => universe.ids.has(s));
        if (found.join() !== expected.join() || distinct !== new Set(all).size)
          expect([c.toString(16), text, found, distinct]).toEqual([
            c.toString(16),
            text,
            expected,
            new Set(all).size,
          ]);
      }
    }
  });
});
