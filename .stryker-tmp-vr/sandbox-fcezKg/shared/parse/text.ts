// One normal form for every parser here: documents mix nbsp, en/em dashes, ё and stray capitals.

const SPACES = /[\s\u200b\u2060]+/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const YO = /ё/g;

// Tests are cheaper than replaces that find nothing, and most cells need none of them.
const HAS_DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const HAS_ODD_SPACE = /[^\S ]| {2}|[\u200b\u2060]/;

/** Lower case, ё→е, every dash → "-", any whitespace run (nbsp included) → one space, trimmed. */
export function normalizeText(text: string): string {
  let s = text.toLowerCase();
  if (s.includes("ё")) s = s.replace(YO, "е");
  if (HAS_DASH.test(s)) s = s.replace(DASHES, "-");
  if (HAS_ODD_SPACE.test(s)) s = s.replace(SPACES, " ");
  return s.trim();
}

/** Same as normalizeText but keeps the case (responsible lists need capitals). */
export function normalizeSpaces(text: string): string {
  let s = text;
  if (HAS_DASH.test(s)) s = s.replace(DASHES, "-");
  if (HAS_ODD_SPACE.test(s)) s = s.replace(SPACES, " ");
  return s.trim();
}
