import type { TemplateItem } from "../templates/model.ts";
import { similarity, stems } from "../text.ts";
import { StemUniverse } from "./stem-universe.ts";

export interface Matchable {
  /** code qualified by its section where a document restarts numbering per section (seed 002) */
  key: string | null;
  activity: string;
}

const SAME_TEXT = 0.6;

// Template items are the same objects call after call: stem each activity once.
const stemCache = new WeakMap<TemplateItem, string[]>();
function templateStems(t: TemplateItem): string[] {
  let s = stemCache.get(t);
  if (!s) {
    s = stems(t.activity);
    stemCache.set(t, s);
  }
  return s;
}
const CODE_AND_TEXT = 0.3;

const universeCache = new WeakMap<readonly TemplateItem[], StemUniverse>();
function universeOf(template: readonly TemplateItem[], tplStems: readonly string[][]): StemUniverse {
  let u = universeCache.get(template);
  if (!u) {
    u = new StemUniverse(tplStems);
    universeCache.set(template, u);
  }
  return u;
}

/** Pairs template items with sheet items: by code when the text agrees, then by activity text,
 *  then by code alone. Returns, per template item, the index of its sheet item or -1. */
export function matchItems(template: readonly TemplateItem[], sheet: readonly Matchable[]): number[] {
  const result = new Array<number>(template.length).fill(-1);
  const taken = new Uint8Array(sheet.length);
  const byKey = new Map<string, number>();
  sheet.forEach((s, i) => {
    if (s.key && !byKey.has(s.key)) byKey.set(s.key, i);
  });
  const sheetStems: (string[] | undefined)[] = new Array(sheet.length);
  const stemsOf = (i: number) => {
    let s = sheetStems[i];
    if (!s) {
      s = stems(sheet[i]!.activity);
      sheetStems[i] = s;
    }
    return s;
  };
  const tplStems = template.map(templateStems);

  // 1. same code, similar text
  template.forEach((t, ti) => {
    const i = byKey.get(t.code);
    if (i === undefined || taken[i]) return;
    if (similarity(tplStems[ti]!, stemsOf(i)) >= CODE_AND_TEXT) {
      result[ti] = i;
      taken[i] = 1;
    }
  });

  // 2. same text under another code: an inverted index over the stems the template is made of keeps
  // this linear in the sheet size; a sheet row's own stems are never listed as strings: one scan finds
  // the shared ones and counts its distinct stems (the Dice denominator)
  const open = template.map((_, ti) => ti).filter((ti) => result[ti] === -1);
  if (open.length) {
    const universe = universeOf(template, tplStems);
    const postings: number[][] = Array.from({ length: universe.size }, () => []);
    const distinct = new Int32Array(sheet.length);
    const seen = new Int32Array(universe.size).fill(-1);
    let row = 0;
    const onStem = (id: number) => {
      if (seen[id] === row) return;
      seen[id] = row;
      postings[id]!.push(row);
    };
    for (; row < sheet.length; row++)
      if (!taken[row]) distinct[row] = universe.scan(sheet[row]!.activity, onStem);
    const counts = new Int32Array(sheet.length);
    const touched = new Int32Array(sheet.length);
    for (const ti of open) {
      const mine = new Set(tplStems[ti]);
      let touchedCount = 0;
      for (const s of mine) {
        const list = postings[universe.ids.get(s)!]!;
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          if (counts[i] === 0) touched[touchedCount++] = i;
          counts[i]!++;
        }
      }
      let best = -1;
      let bestScore = SAME_TEXT;
      for (let k = 0; k < touchedCount; k++) {
        const i = touched[k]!;
        const shared = counts[i]!;
        counts[i] = 0;
        // even with no stems but the shared ones the row scores 2·shared / (size + shared): at most
        // SAME_TEXT when 7·shared ≤ 3·size, never a match
        if (taken[i] || 7 * shared <= 3 * mine.size) continue;
        const score = (2 * shared) / (mine.size + distinct[i]!);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best >= 0) {
        result[ti] = best;
        taken[best] = 1;
      }
    }
  }

  // 3. code alone: the school reworded the activity but kept the number
  template.forEach((t, ti) => {
    if (result[ti] !== -1) return;
    const i = byKey.get(t.code);
    if (i !== undefined && !taken[i]) {
      result[ti] = i;
      taken[i] = 1;
    }
  });
  return result;
}
