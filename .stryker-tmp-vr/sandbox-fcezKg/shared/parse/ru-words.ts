// Russian calendar vocabulary, matched on normalised (lower-case, ё→е) single words.

// Full month stems cover every case form (сентябрь / сентября / сентябре …); «май» has no stem.
const MONTH_STEM_RE = /^(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
const MAY_RE = /^ма(?:й|я|е|ю|ем)$/;
// Abbreviations as people type them before a dot: «сент.», «нояб.», «дек.».
// Maps, not object literals: a word like «constructor» must not find Object.prototype.
const MONTH_ABBR: ReadonlyMap<string, number> = new Map([
  ["янв", 1],
  ["фев", 2],
  ["февр", 2],
  ["мар", 3],
  ["апр", 4],
  ["авг", 8],
  ["сен", 9],
  ["сент", 9],
  ["окт", 10],
  ["ноя", 11],
  ["нояб", 11],
  ["дек", 12],
]);
const STEM_MONTH: ReadonlyMap<string, number> = new Map([
  ["ян", 1],
  ["фе", 2],
  ["ма", 3],
  ["ап", 4],
  ["ав", 8],
  ["се", 9],
  ["ок", 10],
  ["но", 11],
  ["де", 12],
]);

/** 1..12 for a month name in any case form or a common abbreviation, else 0. */
export function monthFromWord(word: string): number {
  if (MONTH_STEM_RE.test(word)) {
    if (word.startsWith("июн")) return 6;
    if (word.startsWith("июл")) return 7;
    return STEM_MONTH.get(word.slice(0, 2)) ?? 0;
  }
  if (MAY_RE.test(word)) return 5;
  return MONTH_ABBR.get(word) ?? 0;
}

const ROMAN: ReadonlyMap<string, number> = new Map([
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["iv", 4],
]);
const CYRILLIC_I = /і/g;

/** 1..4 for «I».«IV» (Latin or Ukrainian і) and ordinal words «первый», «второе», «третьего», «четвертый», else 0. */
export function ordinalFromWord(word: string): number {
  const roman = ROMAN.get(word.replace(CYRILLIC_I, "i"));
  if (roman !== undefined) return roman;
  if (word.startsWith("перв")) return 1;
  if (word.startsWith("втор")) return 2;
  if (word.startsWith("трет")) return 3;
  if (ORDINAL_FOURTH_RE.test(word)) return 4;
  return 0;
}

// «четвертый» is an ordinal, «четверть» a school term: only the adjective endings count here.
const ORDINAL_FOURTH_RE = /^четверт(?:ый|ого|ом|ое|ая|ой|ому|ую|ые|ых)$/;
