// «Ответственные» cells name bodies, groups and people, split by commas — or not split at all
// («Управления образования района Руководители ОО»), so capitals and initials mark the joins too.
import { normalizeSpaces } from "../text.ts";

interface Part {
  text: string;
  person: boolean;
  segStart: boolean;
  segEnd: boolean;
}

const SURNAME_RE = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/;
const INITIALS_RE = /^[А-ЯЁ]\.(?:[А-ЯЁ]\.?)?$/;
const ONE_INITIAL_RE = /^[А-ЯЁ]\.?$/;
const GLUED_PERSON_RE = /^[А-ЯЁ]\.[А-ЯЁ]\.?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/; // «Е.А.Смирнова»
// Capitalised words that are roles or bodies, never surnames.
const ROLE_RE =
  /^(?:зам|директор|руководител|учител|педагог|методист|куратор|председател|специалист|начальник|заведующ|секретар|психолог|логопед|воспитател|советник|тьютор|инспектор|управлени|отдел|администрац|департамент|комитет|министерств|центр|школ|совет|координатор|преподавател|наставник|классн|социальн|старш|главн|ведущ|ответственн|рабоч|методическ|образовательн|родител|обучающ|выпускник|кураторы)/;
// A position that belongs to the person before it («Бондарь О.И., зам. директора по УВР»): singular only.
const POSITION_RE =
  /^(?:зам|заместитель|директор|руководитель|учитель(?:-[а-я]+)?|педагог(?:-[а-я]+)?|соцпедагог|методист|куратор|председатель|специалист|начальник|заведующий|заведующая|зав|секретарь|психолог|логопед|воспитатель|советник|тьютор|инспектор|классный|социальный|старший|главный|ведущий|завуч|ответственный|координатор|преподаватель|библиотекарь|вожатый|наставник)$/;
const CAPITALISED_RE = /^[А-ЯЁ][а-яё]+(?:-[а-яё]+)*$/;
// Oblique case endings: «Администрации», «Томского», «Педагогов» continue the body before them.
const OBLIQUE_RE = /(?:ов|ев|ей|ого|его|ой|ому|ему|ем|ом|ам|ям|ах|ях|ым|им|ии|ых|их)$/;
const NOMINATIVE_RE = /(?:ие|ия|ое|ые|ая|ий|ый|ь|и|ы|[бвгджзклмнпрстфхцчшщ])$/;
const PREPOSITION = new Set([
  "в",
  "во",
  "на",
  "по",
  "при",
  "для",
  "с",
  "со",
  "и",
  "им",
  "к",
  "от",
  "из",
  "о",
  "об",
]);
const EDGE_PUNCT_RE = /^[\s,;:\-•·*]+|[\s,;:\-•·*]+$/g;
const NUMBERING_RE = /^(?:\d+[.)]\s*)+/;
const WORD_BEFORE_DOT_RE = /^[а-яё]{4}$/;
// A line that starts with a list marker («1.», «2)», «-», «•») is a new item even without a comma.
const LIST_LINE_RE = /\r?\n\s*(?=(?:\d+[.)]|[-–—•·*])\s*\S)/g;
const WORD_EDGE_RE = /^[«"(]+|[»")]+$|[,;:]+$/g;

const EDGE_CHAR_RE = /^[«"(]|[»"),;:]$/;
// «Директор М.И. Петрова.»: the full stop ending the cell is no part of the name; initials keep theirs.
const SENTENCE_DOT_RE = /(?<=[а-яё])\.$/;

function bare(token: string | undefined): string {
  if (token === undefined) return "";
  const t = EDGE_CHAR_RE.test(token) ? token.replace(WORD_EDGE_RE, "") : token;
  return t.endsWith(".") ? t.replace(SENTENCE_DOT_RE, "") : t;
}

function isSurname(token: string | undefined): boolean {
  const w = bare(token);
  return SURNAME_RE.test(w) && !ROLE_RE.test(w.toLowerCase());
}

/** How many tokens from i form «Фамилия И.О.», «Фамилия И. О.», «И.О. Фамилия» or «И.О.Фамилия»; 0 if none. */
function personLength(tokens: string[], i: number): number {
  // both forms start with a capital letter (a surname or an initial)
  if (!startsCapital(tokens[i] ?? "")) return 0;
  const t0 = bare(tokens[i]);
  if (GLUED_PERSON_RE.test(t0)) return 1;
  const t1 = bare(tokens[i + 1]);
  if (INITIALS_RE.test(t0)) {
    if (isSurname(tokens[i + 1])) return 2;
    if (ONE_INITIAL_RE.test(t1) && isSurname(tokens[i + 2])) return 3;
    return 0;
  }
  if (!isSurname(tokens[i])) return 0;
  let n = 0;
  if (INITIALS_RE.test(t1)) n = 2;
  if (n === 2 && t1.length <= 2 && ONE_INITIAL_RE.test(bare(tokens[i + 2]))) n = 3;
  if (n === 0) return 0;
  // «Директор М.И. Петрова»: the initials belong to the name after them.
  if (isSurname(tokens[i + n]) && !INITIALS_RE.test(bare(tokens[i + n + 1]))) return 0;
  return n;
}

function startsCapital(token: string): boolean {
  let c = token.charCodeAt(0);
  if (c === 0xab || c === 34 || c === 40) c = token.charCodeAt(1); // «"(
  return (c >= 0x410 && c <= 0x42f) || c === 0x401;
}

/** A capitalised nominative word inside a run of text starts a new body: «…района Руководители ОО». */
function startsNewBody(token: string, prev: string): boolean {
  if (!startsCapital(token)) return false;
  const w = token.replace(/[:,;]+$/, "");
  if (!CAPITALISED_RE.test(w)) return false;
  if (prev.endsWith(".") || PREPOSITION.has(prev.toLowerCase())) return false;
  return !OBLIQUE_RE.test(w) && NOMINATIVE_RE.test(w);
}

const BRACKET_RE = /[«»()]/;

function depthChange(token: string): number {
  if (!BRACKET_RE.test(token)) return 0;
  let d = 0;
  for (let i = 0; i < token.length; i++) {
    const ch = token.charCodeAt(i);
    if (ch === 0xab || ch === 40) d++;
    else if (ch === 0xbb || ch === 41) d--;
  }
  return d;
}

/** Commas and semicolons outside quotes and brackets. */
function segments(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "«" || ch === "(") depth++;
    else if ((ch === "»" || ch === ")") && depth > 0) depth--;
    else if ((ch === "," || ch === ";") && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

function flush(buf: string[], parts: Part[]): void {
  if (buf.length > 0) parts.push({ text: buf.join(" "), person: false, segStart: false, segEnd: false });
  buf.length = 0;
}

function splitSegment(seg: string, parts: Part[]): void {
  const tokens = seg.split(" ");
  const first = parts.length;
  const buf: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok === "") continue;
    if (depth <= 0) {
      const n = personLength(tokens, i);
      if (n > 0) {
        flush(buf, parts);
        parts.push({ text: tokens.slice(i, i + n).join(" "), person: true, segStart: false, segEnd: false });
        i += n - 1;
        continue;
      }
      const prev = buf[buf.length - 1];
      if (prev !== undefined && startsNewBody(tok, prev)) flush(buf, parts);
    }
    depth += depthChange(tok);
    if (depth <= 0 && tok.endsWith(":")) {
      // «Учителя: Желтоногова С.А. …» — the colon introduces the people
      buf.push(tok.slice(0, -1));
      flush(buf, parts);
      continue;
    }
    buf.push(tok);
  }
  flush(buf, parts);
  const a = parts[first];
  const z = parts[parts.length - 1];
  if (a !== undefined) a.segStart = true;
  if (z !== undefined && parts.length > first) z.segEnd = true;
}

function clean(text: string): string {
  const t = text.replace(NUMBERING_RE, "").replace(EDGE_PUNCT_RE, "").trim();
  // «Методист.» loses its full stop; «Н.В.» and «зам.» keep theirs
  return t.endsWith(".") && WORD_BEFORE_DOT_RE.test(t.slice(-5, -1)) ? t.slice(0, -1) : t;
}

function isPosition(text: string): boolean {
  // «Иванова И.И. (методист)»: a position in brackets after the person is still hers
  const first = bare(text.toLowerCase().split(/[\s.]/, 1)[0]);
  return POSITION_RE.test(first);
}

// A sheet repeats a few responsible cells over hundreds of rows.
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 4096;

function split(text: string): string[] {
  const s = normalizeSpaces(text.includes("\n") ? text.replace(LIST_LINE_RE, ";") : text);
  if (s === "") return [];
  const parts: Part[] = [];
  for (const seg of segments(s)) splitSegment(seg, parts);
  const live: Part[] = [];
  for (const p of parts) {
    p.text = clean(p.text);
    if (p.text !== "") live.push(p);
  }
  const out: string[] = [];
  for (let i = 0; i < live.length; i++) {
    const p = live[i]!;
    const next = live[i + 1];
    if (p.person && next !== undefined && !next.person && isPosition(next.text)) {
      if (p.segEnd && next.segStart) {
        out.push(p.text + ", " + next.text);
        i++;
        continue;
      }
      if (!p.segEnd && !next.segStart) {
        out.push(p.text + " " + next.text);
        i++;
        continue;
      }
    }
    out.push(p.text);
  }
  return out;
}

/** Split a responsible cell into people and bodies: «Управление образования, руководители ОУ» → ["Управление образования", "руководители ОУ"];
 *  «Управления образования района Руководители ОО» (no comma, a new capitalised body) → ["Управления образования района", "Руководители ОО"];
 *  «Бондарь О.И., зам. директора по УВР, учителя Желтоногова С.А. Казурова Н.В.» → ["Бондарь О.И., зам. директора по УВР", "учителя", "Желтоногова С.А.", "Казурова Н.В."]
 *  (a position right after a person stays with that person; a person is «Фамилия И.О.» or «И.О. Фамилия»). «ТОИПКРО, РЦРО, Управление образования» → three bodies. Empty → []. Trimmed, no empty parts, no trailing commas. */
export function parseResponsible(text: string): string[] {
  if (typeof text !== "string") return [];
  let parts = cache.get(text);
  if (parts === undefined) {
    parts = split(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, parts);
  }
  return parts.slice();
}
