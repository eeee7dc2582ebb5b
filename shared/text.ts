// The one text normal form of the engine (headers, activities, statuses, scales and every parser):
// documents mix nbsp, en/em dashes, zero-width spaces, ё and stray capitals.

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /\s+/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const YO = /ё/g;

// Tests are cheaper than replaces that find nothing, and most cells need none of them.
const HAS_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const HAS_DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const HAS_ODD_SPACE = /[^\S ]| {2}/;
/** any of the three: one test for the common cell that needs none */
const HAS_ANY = /[\u200b-\u200d\u2060\ufeff\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d]|[^\S ]| {2}/;

/** Lower case, ё→е, every dash → "-", zero-width characters and soft hyphens removed (Word puts them
 *  inside words), any whitespace run (nbsp included) → one space, trimmed. */
export function normalizeText(text: string): string {
  let s = text.toLowerCase();
  if (s.includes("ё")) s = s.replace(YO, "е");
  return normalizeSpaces(s);
}

/** Same as normalizeText but keeps the case (responsible lists need capitals). */
export function normalizeSpaces(text: string): string {
  let s = text;
  if (!HAS_ANY.test(s)) return s.trim();
  if (HAS_ZERO_WIDTH.test(s)) s = s.replace(ZERO_WIDTH, "");
  if (HAS_DASH.test(s)) s = s.replace(DASHES, "-");
  if (HAS_ODD_SPACE.test(s)) s = s.replace(SPACES, " ");
  return s.trim();
}

const WORD = /[a-zа-я0-9]+/g;
/** Short words that carry no meaning for matching (all of three letters). */
export const STOP_WORDS: readonly string[] = [
  "для",
  "при",
  "как",
  "так",
  "все",
  "его",
  "или",
  "том",
  "чем",
  "что",
  "это",
  "под",
  "над",
  "без",
];
const STOP = new Set(STOP_WORDS);

/** Crude Russian stems (first 6 letters of words of 3+ letters, minus stop words): enough to tell
 *  «Формирование базы наставников» from «Обучение наставников» yet match reworded activity text. */
export function stems(text: string): string[] {
  const words = normalizeText(text).match(WORD);
  if (!words) return [];
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(w.length > 6 ? w.slice(0, 6) : w);
  }
  return out;
}

/** Dice coefficient of two stem sets. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return setSimilarity(new Set(a), new Set(b));
}

export function setSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Does the text start like a sentence fragment (lower-case letter, dash, comma), as a pasted document's
 *  continuation line does? */
export function startsAsContinuation(text: string): boolean {
  return /^[a-zа-яё,;:)\-–—]/.test(text);
}
