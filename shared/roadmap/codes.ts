// Item codes: «1.», «1.2.», «5.1.1», «3.6», «1» — digits separated by dots, an optional trailing dot.

const CODE_ONLY = /^(\d{1,3}(?:\s?\.\s?\d{1,3})*)\s?\.?$/;
const CODE_THEN_TEXT = /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s;

/** «1.2.» → "1.2"; null when the text is not a code. */
export function parseCode(text: string): string | null {
  const m = CODE_ONLY.exec(text);
  return m ? m[1]!.replace(/\s/g, "") : null;
}

const DOTTED_THEN_TEXT = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s*([^\d\s].*)$/s;
const NUMBER_DOT_THEN_TEXT = /^(\d{1,3})[.)]\s*([^\d\s].*)$/s;

/** «1. Разработка …» → {code: "1", rest: "Разработка …"}: a section title written in the code cell.
 *  `dotted`: only «1. …», «1.2 …», «1) …» count (in an activity cell «2 семинара» is not a code). */
export function splitCodeAndText(text: string, dotted = false): { code: string; rest: string } | null {
  const m = dotted
    ? (DOTTED_THEN_TEXT.exec(text) ?? NUMBER_DOT_THEN_TEXT.exec(text))
    : CODE_THEN_TEXT.exec(text);
  if (!m) return null;
  const rest = m[2]!.trim();
  // «2020 год» is not a code followed by a title
  if (/^\d{4}$/.test(m[1]!) || rest.length < 2) return null;
  return { code: m[1]!, rest };
}

/** Orders codes part by part as numbers («1.10» after «1.9»), walking the strings without splitting
 *  them: this runs once per row. */
export function compareCodes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    let x = 0;
    while (i < a.length && a.charCodeAt(i) !== 46) x = x * 10 + a.charCodeAt(i++) - 48;
    let y = 0;
    while (j < b.length && b.charCodeAt(j) !== 46) y = y * 10 + b.charCodeAt(j++) - 48;
    if (x !== y) return x - y;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}
