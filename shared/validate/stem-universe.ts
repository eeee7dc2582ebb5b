import { STOP_WORDS } from "../text.ts";

// The stems a template's items are made of, and a scanner that finds them in sheet text without
// building the text's own stem list: item matching only needs the stems both sides share, and a
// 10,000-row sheet would otherwise allocate a lower-cased copy, a word array, a stem string per word
// and a Set per row. Scanning gives exactly the stems `stems()` (shared/text.ts) would give that are
// in the universe: it folds case, ё and zero-width characters per character, as normalizeText does.

/** Letters and digits of a stem, numbered 0…67 (the `[a-zа-я0-9]` of `stems()` after lower-casing and
 *  ё → е); SKIP for zero-width characters and soft hyphens (removed inside words); -1 for the rest. */
const SKIP = -2;
/** İ lower-cases to «i» and a combining dot: a letter that ends its word */
const DOTTED_I = -3;
const I = 32 + 8;
function letter(c: number): number {
  if (c >= 0x430 && c <= 0x44f) return c - 0x430;
  if (c >= 0x410 && c <= 0x42f) return c - 0x410;
  if (c >= 0x61 && c <= 0x7a) return 32 + c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return 32 + c - 0x41;
  if (c >= 0x30 && c <= 0x39) return 58 + c - 0x30;
  if (c < 0xad) return -1;
  if (c === 0x451 || c === 0x401) return 5; // ё, Ё → е
  if (c === 0x212a) return 32 + 10; // Kelvin sign → k
  if (c === 0x130) return DOTTED_I;
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return SKIP;
  return -1;
}
/** letter() of every code below U+0460 (Latin, Cyrillic, digits, punctuation: nearly all of a sheet's
 *  text), read from a table in the scan loop instead of a chain of comparisons */
const TABLE_END = 0x460;
const LETTER_OF = Int8Array.from({ length: TABLE_END }, (_, c) => letter(c));
const LETTERS = 68;
const STEM_LENGTH = 6;

export class StemUniverse {
  /** stem → id (0…size-1) */
  readonly ids = new Map<string, number>();
  /** first three letters → (the letters after them, base 69 with 0 for none → id): looked up with
   *  numbers, so no string is built */
  private readonly byStart = new Map<number, Map<number, number>>();
  /** bit set of those first three letters: most words of a sheet stop here */
  private readonly starts = new Uint32Array(Math.ceil(LETTERS ** 3 / 32));

  constructor(stemLists: Iterable<readonly string[]>) {
    for (const list of stemLists)
      for (const s of list) {
        if (this.ids.has(s)) continue;
        const id = this.ids.size;
        this.ids.set(s, id);
        let start = 0;
        let rest = 0;
        for (let k = 0; k < s.length; k++) {
          const l = letter(s.charCodeAt(k));
          if (k < 3) start = start * LETTERS + l;
          else rest = rest * (LETTERS + 1) + l + 1;
        }
        for (let k = Math.max(3, s.length); k < STEM_LENGTH; k++) rest *= LETTERS + 1;
        this.starts[start >>> 5]! |= 1 << (start & 31);
        let inner = this.byStart.get(start);
        if (!inner) {
          inner = new Map();
          this.byStart.set(start, inner);
        }
        inner.set(rest, id);
      }
  }

  get size(): number {
    return this.ids.size;
  }

  /** Calls `found` with the id of every universe stem in `text`, in text order, repeats included, and
   *  returns how many distinct stems the text has in all (`new Set(stems(text)).size`). */
  scan(text: string, found: (id: number) => void): number {
    const n = text.length;
    let length = 0; // letters of the current word
    let start = 0;
    let rest = 0;
    let words = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 0x20;
      let l = c < TABLE_END ? LETTER_OF[c]! : letter(c);
      if (l === SKIP) continue;
      let endsAfter = false;
      if (l === DOTTED_I) {
        l = I;
        endsAfter = true;
      }
      if (l >= 0) {
        if (length < 3) start = start * LETTERS + l;
        else if (length < STEM_LENGTH) rest = rest * (LETTERS + 1) + l + 1;
        length++;
        if (!endsAfter) continue;
      }
      // a word ended: words under three letters and stop words are not stems
      if (length >= 3 && !(length === 3 && STOP_STARTS.has(start))) {
        for (let k = length; k < STEM_LENGTH; k++) rest *= LETTERS + 1;
        if (this.starts[start >>> 5]! & (1 << (start & 31))) {
          const id = this.byStart.get(start)?.get(rest);
          if (id !== undefined) found(id);
        }
        if (words === keys.length) {
          const more = new Float64Array(keys.length * 2);
          more.set(keys);
          keys = more;
        }
        keys[words++] = start * REST + rest; // below 2^37: exact in a double
      }
      length = 0;
      start = 0;
      rest = 0;
    }
    if (words < 2) return words;
    let distinct = 0;
    if (words <= 24) {
      // a cell of a few words: comparing them is cheaper than sorting
      for (let k = 0; k < words; k++) {
        let j = 0;
        while (j < k && keys[j] !== keys[k]) j++;
        if (j === k) distinct++;
      }
      return distinct;
    }
    const sorted = keys.subarray(0, words).sort();
    distinct = 1;
    for (let k = 1; k < words; k++) if (sorted[k] !== sorted[k - 1]) distinct++;
    return distinct;
  }
}

/** Stems as numbers for counting distinct ones, reused from call to call. */
let keys = new Float64Array(64);
const REST = (LETTERS + 1) ** 3;
/** the three-letter stop words of `stems()`, as their letter codes */
const STOP_STARTS = new Set(
  STOP_WORDS.map(
    (w) => (letter(w.charCodeAt(0)) * LETTERS + letter(w.charCodeAt(1))) * LETTERS + letter(w.charCodeAt(2)),
  ),
);
