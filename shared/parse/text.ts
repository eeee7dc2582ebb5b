// One normal form for every parser here: documents mix nbsp, en/em dashes, ё and stray capitals.

const SPACES = /[\s\u200b\u2060]+/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const YO = /ё/g;

/** Lower case, ё→е, every dash → "-", any whitespace run (nbsp included) → one space, trimmed. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(YO, "е").replace(DASHES, "-").replace(SPACES, " ").trim();
}

/** Same as normalizeText but keeps the case (responsible lists need capitals). */
export function normalizeSpaces(text: string): string {
  return text.replace(DASHES, "-").replace(SPACES, " ").trim();
}
