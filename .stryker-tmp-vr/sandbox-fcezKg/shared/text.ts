// Text normalisation shared by header matching and activity matching.

/** lower case, ё→е, any run of whitespace/nbsp → one space, trimmed */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

const WORD = /[a-zа-я0-9]+/g;
const STOP = new Set([
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
]);

/** Crude Russian stems (first 6 letters of words of 3+ letters, minus stop words): enough to tell
 *  «Формирование базы наставников» from «Обучение наставников» yet match reworded activity text. */
export function stems(text: string): string[] {
  const words = normalize(text).match(WORD);
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
