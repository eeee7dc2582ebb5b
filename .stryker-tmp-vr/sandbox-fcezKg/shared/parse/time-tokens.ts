// Tokens of a normalised deadline text. Dates are recognised here, before the dots that separate
// their parts are thrown away, and stray spaces inside them («1. 12.2020», «01.12 .2020») are forgiven.
// A hand-written scanner: it runs for every row of every sheet, and regex match arrays cost more.

// Kinds are string literals, not imported constants: module bindings cost a lookup in hot loops.
//   "date"  a = day, b = month, c = year (0 when not written)
//   "my"    a = month, b = year («12.2021»)
//   "num"   a = value, b = number of digits
//   "word"  w
//   "punct" w: one of - / , ; ( )
export type TokenKind = "date" | "my" | "num" | "word" | "punct";

export interface Token {
  k: TokenKind;
  a: number;
  b: number;
  c: number;
  w: string;
}

// Punctuation that separates nothing in a deadline: dots of «г.», quotes, emphasis.
const IGNORED = ".:«»\"'*!?_`„“”";
const KEPT = "-/,;()";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || (c >= 97 && c <= 122) || c === 0x451 || c === 0x456;
}

/** End of the digit run starting at i. */
function digitsEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j;
}

/** Index after « ?\. ?» at i, or -1. */
function dotAt(s: string, i: number): number {
  let j = i;
  if (s.charCodeAt(j) === 32) j++;
  if (s.charCodeAt(j) !== 46) return -1;
  j++;
  if (s.charCodeAt(j) === 32) j++;
  return j;
}

function token(k: TokenKind, a: number, b: number, c: number, w: string): Token {
  return { k, a, b, c, w };
}

/** Split `s` (already normalised) into tokens; null when it holds a character no deadline has («№», «+», …). */
export function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
    } else if (isDigit(c)) {
      const j = digitsEnd(s, i);
      const len = j - i;
      const value = Number(s.slice(i, j));
      // 2021-06-01
      if (len === 4 && s.charCodeAt(j) === 45 && isDigit(s.charCodeAt(j + 1))) {
        const j2 = digitsEnd(s, j + 1);
        if (j2 - j - 1 <= 2 && s.charCodeAt(j2) === 45 && isDigit(s.charCodeAt(j2 + 1))) {
          const j3 = digitsEnd(s, j2 + 1);
          if (j3 - j2 - 1 <= 2) {
            out.push(token("date", Number(s.slice(j2 + 1, j3)), Number(s.slice(j + 1, j2)), value, ""));
            i = j3;
            continue;
          }
        }
      }
      // 01.12.2021, 19.02.23, 1. 12.2020, 01.12 .2020, 01.12, 12.2021
      if (len <= 2) {
        const d1 = dotAt(s, j);
        if (d1 >= 0 && isDigit(s.charCodeAt(d1))) {
          const j2 = digitsEnd(s, d1);
          const len2 = j2 - d1;
          if (len2 === 4) {
            out.push(token("my", value, Number(s.slice(d1, j2)), 0, ""));
            i = j2;
            continue;
          }
          if (len2 <= 2) {
            const month = Number(s.slice(d1, j2));
            const d2 = dotAt(s, j2);
            if (d2 >= 0 && isDigit(s.charCodeAt(d2))) {
              const j3 = digitsEnd(s, d2);
              const len3 = j3 - d2;
              if (len3 === 4 || len3 === 2) {
                const y = Number(s.slice(d2, j3));
                out.push(token("date", value, month, len3 === 2 ? 2000 + y : y, ""));
                i = j3;
                continue;
              }
            }
            out.push(token("date", value, month, 0, ""));
            i = j2;
            continue;
          }
        }
      }
      out.push(token("num", value, len, 0, ""));
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(s.charCodeAt(j))) j++;
      out.push(token("word", 0, 0, 0, s.slice(i, j)));
      i = j;
    } else {
      const ch = s.charAt(i);
      if (KEPT.includes(ch)) out.push(token("punct", 0, 0, 0, ch));
      else if (!IGNORED.includes(ch)) return null;
      i++;
    }
  }
  return out;
}
