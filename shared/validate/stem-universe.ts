// The stems a template's items are made of, and a scanner that finds them in sheet text without
// building the text's own stem list: item matching only needs the stems both sides share, and a
// 10,000-row sheet would otherwise allocate a word array, a stem string per word and a Set per row.
// Scanning gives exactly the stems `stems()` (shared/text.ts) would give that are in the universe.

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const HAS_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const YO = /ё/g;
/** Letters and digits of a stem, numbered 0…67 (the `[a-zа-я0-9]` of `stems()`); -1 for the rest. */
function letter(c: number): number {
  if (c >= 0x430 && c <= 0x44f) return c - 0x430;
  if (c >= 0x61 && c <= 0x7a) return 32 + c - 0x61;
  if (c >= 0x30 && c <= 0x39) return 58 + c - 0x30;
  return -1;
}
const LETTERS = 68;
const start = (a: number, b: number, c: number) => (a * LETTERS + b) * LETTERS + c;
const STEM_LENGTH = 6;

export class StemUniverse {
  /** stem → id (0…size-1) */
  readonly ids = new Map<string, number>();
  /** bit set of the first three letters of every stem (every stem has at least three): most words
   *  of a sheet are rejected on it without building their stem string */
  private readonly starts = new Uint32Array(Math.ceil((LETTERS * LETTERS * LETTERS) / 32));

  constructor(stemLists: Iterable<readonly string[]>) {
    for (const list of stemLists)
      for (const s of list) {
        if (this.ids.has(s)) continue;
        this.ids.set(s, this.ids.size);
        const k = start(letter(s.charCodeAt(0)), letter(s.charCodeAt(1)), letter(s.charCodeAt(2)));
        this.starts[k >>> 5]! |= 1 << (k & 31);
      }
  }

  get size(): number {
    return this.ids.size;
  }

  /** Calls `found` with the id of every universe stem in `text`, in text order, repeats included. */
  scan(text: string, found: (id: number) => void): void {
    // the normal form as far as words are concerned: case, ё, and zero-width characters that Word
    // leaves inside words (dashes and spaces are not letters either way)
    let s = text.toLowerCase();
    if (s.includes("ё")) s = s.replace(YO, "е");
    if (HAS_ZERO_WIDTH.test(s)) s = s.replace(ZERO_WIDTH, "");
    const n = s.length;
    let i = 0;
    while (i < n) {
      const first = letter(s.charCodeAt(i));
      if (first < 0) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && letter(s.charCodeAt(end)) >= 0) end++;
      // words under three letters are never stems; stop words are never in the universe
      if (end - i < 3) {
        i = end;
        continue;
      }
      const k = start(first, letter(s.charCodeAt(i + 1)), letter(s.charCodeAt(i + 2)));
      if (this.starts[k >>> 5]! & (1 << (k & 31))) {
        const id = this.ids.get(s.slice(i, Math.min(end, i + STEM_LENGTH)));
        if (id !== undefined) found(id);
      }
      i = end;
    }
  }
}
