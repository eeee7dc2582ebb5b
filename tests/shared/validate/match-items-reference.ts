// The item matcher as it was before the stem-universe rewrite (commit 99032c7), kept verbatim as the
// oracle the rewrite must agree with on every input.
import type { TemplateItem } from "../../../shared/templates/model.ts";
import { similarity, stems } from "../../../shared/text.ts";

interface Matchable {
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

/** Pairs template items with sheet items: by code when the text agrees, then by activity text,
 *  then by code alone. Returns, per template item, the index of its sheet item or -1. */
export function matchItemsReference(
  template: readonly TemplateItem[],
  sheet: readonly Matchable[],
): number[] {
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

  // 2. same text under another code: an inverted index keeps this linear in the sheet size, and
  // the shared-stem counts live in one typed array, so no candidate pair allocates anything
  const open = template.map((_, ti) => ti).filter((ti) => result[ti] === -1);
  if (open.length) {
    const index = new Map<string, number[]>();
    const distinct = new Int32Array(sheet.length);
    for (let i = 0; i < sheet.length; i++) {
      if (taken[i]) continue;
      const unique = new Set(stemsOf(i));
      distinct[i] = unique.size;
      for (const s of unique) {
        const list = index.get(s);
        if (list) list.push(i);
        else index.set(s, [i]);
      }
    }
    const counts = new Int32Array(sheet.length);
    const touched: number[] = [];
    for (const ti of open) {
      const mine = new Set(tplStems[ti]);
      for (const s of mine) {
        const list = index.get(s);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          if (counts[i] === 0) touched.push(i);
          counts[i]!++;
        }
      }
      let best = -1;
      let bestScore = SAME_TEXT;
      for (let k = 0; k < touched.length; k++) {
        const i = touched[k]!;
        const shared = counts[i]!;
        counts[i] = 0;
        if (taken[i]) continue;
        const score = (2 * shared) / (mine.size + distinct[i]!);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      touched.length = 0;
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
