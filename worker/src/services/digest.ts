import { rowRef } from "../../../shared/i18n/ru-summary.ts";
import type { Template } from "../../../shared/templates/model.ts";
import type { ItemRow } from "../db/rows.ts";

// The item states of one submission in a couple of hundred bytes, stored on the submission row so the
// summary reads one short row per organisation instead of every item row. The normalised
// submission_items rows stay the source for detail, history and diff.
//
// s: one character per template item (in template order) for its state, t: one per item for target
// met ("1" / "0" / "-"), x: sheet items outside the template that are overdue or miss their target,
// n: [template index, actual count, target count] where a number was given.
//
// Stored as text, format 2 (issue 13): `2;<s>;<t>;<n>;<x>` with n as `index:actual:target` joined by
// "," (an absent number is empty) and x last, as `<code><state><met>` joined by "\n" (a code never
// holds a line break: it is flattened). About half the bytes of the JSON it replaces, and D1 hands
// the summary 10,000 of them; a string split instead of JSON.parse. Format 1 (JSON, versions stored
// before) is still read.
//
// Format 3 (session 3): format 2 with every x code in ASCII — a character outside printable ASCII
// (and "\\") as `\uXXXX`, and an item without a code as `#<row>` (read back as «стр. <row>»), so a
// whole stored summary row is ASCII. Why: D1 hands a result with any non-ASCII character in it over
// the slow way, and at 10,000 schools that was a fifth of the summary's read (docs/PERFORMANCE.md).

const STATE_CHARS: Record<string, string> = {
  done: "d",
  overdue: "o",
  missing: "m",
  "in-progress": "i",
  "not-started": "n",
  failed: "f",
  cancelled: "c",
  unscheduled: "u",
};

export interface Digest {
  s: string;
  t: string;
  x: [string, string, string][];
  n: [number, number | null, number | null][];
}

const metChar = (met: number | null) => (met === null ? "-" : met ? "1" : "0");

/** A code as format 3 stores it: printable ASCII as is, the rest (and "\\", a leading "#") escaped. */
function asciiCode(code: string): string {
  return code
    .replace(/[\r\n]+/g, " ")
    .replace(/[^\x20-\x5b\x5d-\x7e]|^#/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The code stored by `asciiCode` (or an item's row as `#<row>`), as the summary shows it. */
function codeOf(text: string): string {
  if (text.startsWith("#")) return rowRef(text.length > 1 ? Number(text.slice(1)) : null);
  return text.includes("\\")
    ? text.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : text;
}

function encode(d: Digest, x: readonly string[]): string {
  const n = d.n.map(([i, a, t]) => `${i}:${a ?? ""}:${t ?? ""}`).join(",");
  return `3;${d.s};${d.t};${n};${x.join("\n")}`;
}

export function makeDigest(items: readonly ItemRow[], template: Template): string {
  const index = new Map(template.items.map((t, i) => [t.code, i]));
  const states = Array<string>(template.items.length).fill("m");
  const met = Array<string>(template.items.length).fill("-");
  const seen = new Set<number>();
  const digest: Digest = { s: "", t: "", x: [], n: [] };
  const x: string[] = [];
  for (const item of items) {
    const i = item.template_code === null ? undefined : index.get(item.template_code);
    if (i === undefined || seen.has(i)) {
      // not a template item (or a second row for one): keep it only if the summary flags it
      if (item.state === "overdue" || item.target_met === 0) {
        const code = item.template_code ?? item.code;
        x.push(
          (code === null ? `#${item.row ?? ""}` : asciiCode(code)) +
            (STATE_CHARS[item.state] ?? "u") +
            metChar(item.target_met),
        );
      }
      continue;
    }
    seen.add(i);
    states[i] = STATE_CHARS[item.state] ?? "u";
    met[i] = metChar(item.target_met);
    if (item.actual_value !== null || item.target_value !== null)
      digest.n.push([i, item.actual_value, item.target_value]);
  }
  digest.s = states.join("");
  digest.t = met.join("");
  return encode(digest, x);
}

/** What a summary does with a digest, read without building a `Digest` (10,000 of them per summary). */
export interface DigestVisitor {
  /** the per-template-item state and target-met strings (`s`, `t`), once, first */
  states(s: string, t: string): void;
  /** [template index, actual, target] where a number was given */
  number(index: number, actual: number | null, target: number | null): void;
  /** a flagged sheet item outside the template */
  extra(code: string, state: string, met: string): void;
}

/**
 * The number written in text[from, to) (null when empty), without slicing it out: most are small whole
 * numbers, read digit by digit; anything else (a fraction, a sign, an exponent) goes to Number().
 */
function numberAt(text: string, from: number, to: number): number | null {
  if (from >= to) return null;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || n > 1e14) return Number(text.slice(from, to));
    n = n * 10 + d;
  }
  return n;
}

/**
 * Format 2 (see above). A scan with indexOf rather than split and no intermediate arrays: the summary
 * of 10,000 schools spent a quarter of its build time and much of its garbage collection decoding
 * digests into objects it threw away at once.
 */
function scan2(text: string, v: DigestVisitor, ascii: boolean): void {
  const a = text.indexOf(";", 2);
  const b = a < 0 ? -1 : text.indexOf(";", a + 1);
  const c = b < 0 ? -1 : text.indexOf(";", b + 1);
  if (c < 0) {
    v.states("", "");
    return;
  }
  v.states(text.slice(2, a), text.slice(a + 1, b));
  for (let p = b + 1; p < c; ) {
    const q = text.indexOf(":", p);
    const r = q < 0 ? -1 : text.indexOf(":", q + 1);
    if (r < 0 || r > c) break; // malformed: keep what was read
    let e = text.indexOf(",", r + 1);
    if (e < 0 || e > c) e = c;
    v.number(numberAt(text, p, q) ?? Number.NaN, numberAt(text, q + 1, r), numberAt(text, r + 1, e));
    p = e + 1;
  }
  for (let p = c + 1; p < text.length; ) {
    let e = text.indexOf("\n", p);
    if (e < 0) e = text.length;
    const code = text.slice(p, e - 2);
    v.extra(ascii ? codeOf(code) : code, text.charAt(e - 2), text.charAt(e - 1));
    p = e + 1;
  }
}

/** Format 1: the JSON stored by versions before format 2. */
function scan1(text: string, v: DigestVisitor): void {
  let d: Partial<Digest>;
  try {
    d = JSON.parse(text) as Partial<Digest>;
  } catch {
    d = {};
  }
  v.states(d.s ?? "", d.t ?? "");
  for (const [i, actual, target] of d.n ?? []) v.number(i, actual, target);
  for (const [code, state, met] of d.x ?? []) v.extra(code, state, met);
}

export function scanDigest(text: string, v: DigestVisitor): void {
  if (text.startsWith("3;")) scan2(text, v, true);
  else if (text.startsWith("2;")) scan2(text, v, false);
  else scan1(text, v);
}

/** The whole digest as an object (tests and single reads; the summary scans). */
export function readDigest(text: string): Digest {
  const d: Digest = { s: "", t: "", x: [], n: [] };
  scanDigest(text, {
    states: (s, t) => {
      d.s = s;
      d.t = t;
    },
    number: (i, a, t) => d.n.push([i, a, t]),
    extra: (code, state, met) => d.x.push([code, state, met]),
  });
  return d;
}
