import { type Cell, cellText } from "../grid.ts";
import type { Role } from "../templates/model.ts";
import { normalizeText } from "../text.ts";
import { mayBeTypo, nearestHeader } from "./fuzzy-header.ts";

// Header synonyms, checked in this order: the first rule whose pattern matches a header names its role.
// Order matters: «Содержание деятельности и план мероприятий» is content, not activity;
// «Фактическое значение» is actual, not target.
const ROADMAP_RULES: ReadonlyArray<readonly [Role, RegExp]> = [
  ["status", /^статус|отметка о (выполнении|исполнении)|^состояние|^выполнен/],
  ["proof", /подтвержд|ссылк|^url|доказател/],
  ["comment", /коммент|примечан/],
  ["actual", /^факт|фактическ|достигнут/],
  ["content", /^содержание|^описание/],
  ["evidence", /результат|вид документа|итоговый документ|отчет|^продукт|форма представления|^материал/],
  ["code", /^№|^n{1,2}\s?п[/.]\s?п|^п[/.]\s?п|^номер|^#$|^no?\.?$/],
  ["deadline", /срок|^дата|^период|^когда|^месяц|^планов[а-я]* (?:начал|окончан)/],
  ["responsible", /ответствен|исполнител|^отв[.-]/],
  ["target", /показател|целевое значение|плановое значение|^значение|^план$/],
  ["activity", /мероприят|наименование|название|^этап|^действи|^задач|^вид работ|^работ|^направлени/],
];

const INDICATOR_RULES: ReadonlyArray<readonly [Role, RegExp]> = [
  ["criterion", /критери/],
  ["indicator", /показател|индикатор/],
  ["method", /способ|метод|источник/],
  ["scale", /шкала|оценк/],
  ["actual", /^факт|значение/],
  ["comment", /коммент|примечан/],
];

// Every row of a table without codes is checked for the next table's header, so this runs on data
// far more often than on headers: each distinct cell text is normalised and run through the rules
// once (deadline, status and responsible cells repeat row after row), one alternation of all rules
// first (a cell matches some rule exactly when it matches the alternation; data matches none).
const anyRule = (rules: ReadonlyArray<readonly [Role, RegExp]>) =>
  new RegExp(rules.map(([, re]) => `(?:${re.source})`).join("|"));
const ANY_ROADMAP = anyRule(ROADMAP_RULES);
const ANY_INDICATOR = anyRule(INDICATOR_RULES);

// Without the characters normalisation changes (zero-width, dashes, odd spaces, ё, and İ whose lower
// case is two characters, and a space at either end, which normalisation trims: «# » is «#») the normal
// form of a cell is its lower case, and a rule matches the lower case only if its case-insensitive form
// matches the cell: data cells are dismissed on that one test, with no lower-casing, no cache entry.
const NOT_PLAIN =
  /[\u200b-\u200d\u2060\ufeff\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0dёЁ\u0130]|[^\S ]| {2}|^ | $/;
const ANY_RULE_ANY_CASE = new RegExp(`${ANY_ROADMAP.source}|${ANY_INDICATOR.source}`, "i");

const HAS_DIGIT = /\d/;
const DIGIT_RUNS = /\d+/g;

interface CellRoles {
  normal: string;
  /** the first rule of each set the normalised text matches (hints are applied on top) */
  roadmap: Role | null;
  indicator: Role | null;
}
const NO_CELL: CellRoles = { normal: "", roadmap: null, indicator: null };
const cellCache = new Map<string, CellRoles>();

function firstRule(rules: ReadonlyArray<readonly [Role, RegExp]>, any: RegExp, h: string): Role | null {
  if (!any.test(h)) return null;
  for (const [role, re] of rules) if (re.test(h)) return role;
  return null;
}

function cellRoles(c: string): CellRoles {
  if (!c) return NO_CELL;
  let r = cellCache.get(c);
  if (r === undefined) {
    if (cellCache.size >= 4096) cellCache.clear();
    const normal = normalizeText(c);
    r = normal
      ? {
          normal,
          roadmap: firstRule(ROADMAP_RULES, ANY_ROADMAP, normal),
          indicator: firstRule(INDICATOR_RULES, ANY_INDICATOR, normal),
        }
      : NO_CELL;
    cellCache.set(c, r);
  }
  return r;
}

/** `cellRoles` for a cell as it is (its own normal form, for hints and typos), with the roles of its
 *  digit runs collapsed: a row of «Мероприятие 12», «Мероприятие 13» … asked in full does not fill the
 *  cache with one entry per row (no rule has a digit, so the roles are the same). */
function cellRolesAsIs(c: string): CellRoles {
  if (!HAS_DIGIT.test(c)) return cellRoles(c);
  const r = cellRoles(c.replace(DIGIT_RUNS, "0"));
  return { normal: normalizeText(c), roadmap: r.roadmap, indicator: r.indicator };
}

/** What mayBeHeader reads in a data cell: its roles (NO_CELL: no rule can match it) and, asked only in a
 *  row naming two roles, whether it could be a typo of a common header (undefined until asked). */
interface DataCell {
  text: string;
  roles: CellRoles;
  typo: boolean | undefined;
}

/** The data cells a table has shown mayBeHeader so far. A column repeats a handful of deadline, status
 *  and responsible texts, or numbers its text («Мероприятие 12», «Мероприятие 13»): most cells are
 *  answered by the column's last cell or its few recent ones (strings compared, no hashing), the rest
 *  by the texts the table met first. */
export interface DataCells {
  /** the first DATA_CELLS_KEPT texts of the table */
  known: Map<string, DataCell>;
  /** per column, its last cell */
  last: (DataCell | undefined)[];
  /** per column, RECENT slots of recent cells (column · RECENT + slot), filled round robin */
  recent: (DataCell | undefined)[];
  nextSlot: number[];
  /** per column, one cell reused for numbered texts (never in `recent` or `known`: it changes) */
  numbered: (DataCell | undefined)[];
  /** per column, the numbered cell's text before its last run of digits (undefined: it ends otherwise) */
  prefix: (string | undefined)[];
}
const DATA_CELLS_KEPT = 2048;
const RECENT = 4;

export function dataCells(): DataCells {
  return { known: new Map(), last: [], recent: [], nextSlot: [], numbered: [], prefix: [] };
}

function rolesOfData(t: string): CellRoles {
  if (!NOT_PLAIN.test(t) && !ANY_RULE_ANY_CASE.test(t)) return NO_CELL;
  // no rule has a digit: a run of digits only separates letters, whatever its length, so
  // «Мероприятие 12» and «Мероприятие 7» share one entry of the role cache
  return cellRoles(HAS_DIGIT.test(t) ? t.replace(DIGIT_RUNS, "0") : t);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Are two texts the same once each run of digits is one digit («Мероприятие 12», «Мероприятие 13»)?
 *  Then they have the same roles (rolesOfData), with no copy made to look them up. */
export function sameButDigits(a: string, b: string): boolean {
  return numbering(a, b) !== 0;
}

/** sameButDigits in one pass that also tells equal texts apart: 0 not the same, 1 the same but for
 *  digits, 2 the same text (a numbered column's cell would otherwise be compared three times). */
export function numbering(a: string, b: string): 0 | 1 | 2 {
  let exact: 1 | 2 = a.length === b.length ? 2 : 1;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      // both runs of digits together, then what is left of the longer one
      for (; i < a.length && j < b.length; i++, j++) {
        const p = a.charCodeAt(i);
        const q = b.charCodeAt(j);
        if (!isDigit(p) || !isDigit(q)) break;
        if (p !== q) exact = 1;
      }
      for (; i < a.length && isDigit(a.charCodeAt(i)); i++) exact = 1;
      for (; j < b.length && isDigit(b.charCodeAt(j)); j++) exact = 1;
      continue;
    }
    if (x !== y) return 0;
    i++;
    j++;
  }
  return i === a.length && j === b.length ? exact : 0;
}

function dataCell(t: string, cache: DataCells, column: number): DataCell {
  const last = cache.last[column];
  const series = cache.numbered[column];
  if (last !== undefined) {
    if (last !== series) {
      if (last.text === t) return last;
    } else {
      // a column that numbers its rows goes on numbering («Мероприятие 1233», «Мероприятие 1234»): the
      // text before its last run of digits compared as a whole (natively) with the series' own
      const prefix = cache.prefix[column];
      if (prefix !== undefined) {
        const q = digitsFrom(t);
        if (q < t.length && q === prefix.length && t.slice(0, q) === prefix)
          return sameDigits(t, last.text, q) ? last : numbered(t, last, cache, column);
      }
      // else one pass tells, before its recent texts
      const same = numbering(t, last.text);
      if (same === 2) return last;
      if (same === 1) return startSeries(t, last, cache, column);
    }
  }
  const base = column * RECENT;
  for (let s = 0; s < RECENT; s++) {
    const c = cache.recent[base + s];
    if (c !== undefined && c.text === t) {
      cache.last[column] = c;
      return c;
    }
  }
  // a numbered text («Мероприятие 13» after «Мероприятие 12», or a series the column takes up again)
  // has the roles of the text it numbers on; its typo verdict is its own
  let like = last !== undefined && last !== series && sameButDigits(t, last.text) ? last : undefined;
  for (let s = 0; like === undefined && s < RECENT; s++) {
    const c = cache.recent[base + s];
    if (c !== undefined && c !== last && sameButDigits(t, c.text)) like = c;
  }
  if (like !== undefined) return startSeries(t, like, cache, column);
  let c = cache.known.get(t);
  if (c === undefined) {
    c = { text: t, roles: rolesOfData(t), typo: undefined };
    // the first texts of a table are the ones it repeats; a text seen once is not worth the room
    if (cache.known.size < DATA_CELLS_KEPT) cache.known.set(t, c);
  }
  const slot = cache.nextSlot[column] ?? 0;
  cache.recent[base + slot] = c;
  cache.nextSlot[column] = slot + 1 === RECENT ? 0 : slot + 1;
  cache.last[column] = c;
  return c;
}

/** The column's cell for a text numbered like `like`: one object per column, changed in place. */
function numbered(t: string, like: DataCell, cache: DataCells, column: number): DataCell {
  let n = cache.numbered[column];
  if (n === undefined) {
    n = { text: t, roles: like.roles, typo: undefined };
    cache.numbered[column] = n;
  } else {
    n.text = t;
    n.roles = like.roles;
    n.typo = undefined;
  }
  cache.last[column] = n;
  return n;
}

/** `numbered`, and the text before the new series' last run of digits kept for the next rows. */
function startSeries(t: string, like: DataCell, cache: DataCells, column: number): DataCell {
  const q = digitsFrom(t);
  cache.prefix[column] = q < t.length ? t.slice(0, q) : undefined;
  return numbered(t, like, cache, column);
}

/** Where the run of digits that ends `t` starts (t.length when it ends in something else). */
function digitsFrom(t: string): number {
  let q = t.length;
  while (q > 0 && isDigit(t.charCodeAt(q - 1))) q--;
  return q;
}

/** Two texts with the same first `q` characters: are they equal (the same digits after)? */
function sameDigits(a: string, b: string, q: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = q; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** More than two digits: no common header is within reach (none has a digit, and a digit costs an edit
 *  whatever normalisation does to the rest), decided without normalising the text. */
function tooManyDigits(t: string): boolean {
  let digits = 0;
  for (let i = 0; i < t.length; i++) if (isDigit(t.charCodeAt(i)) && ++digits > 2) return true;
  return false;
}

function dataCellTypo(c: DataCell): boolean {
  if (c.typo === undefined) c.typo = !tooManyDigits(c.text) && mayBeTypo(normalizeText(c.text));
  return c.typo;
}

export type TableKind = "roadmap" | "indicators";

/** Exact headers (normalised) a template names for its columns: recognised before the dictionary. */
export type HeaderHints = ReadonlyMap<string, Role>;

export function headerHints(
  columns: readonly { role: Role; header: string; synonyms?: readonly string[] }[],
): Map<string, Role> {
  const hints = new Map<string, Role>();
  for (const c of columns)
    for (const h of [c.header, ...(c.synonyms ?? [])]) hints.set(normalizeText(h), c.role);
  return hints;
}

export interface HeaderMatch {
  kind: TableKind;
  /** role → 0-based column */
  columns: Partial<Record<Role, number>>;
  /** 0-based columns whose header text was not recognised */
  unknown: number[];
  /** columns read as a common header they misspell («Меропрятие» → «мероприятие») */
  assumed: AssumedHeader[];
  /** «Наименование этапа» beside a «Мероприятия» column: the stage that groups the rows below it */
  stage?: number;
  /** «Плановое начало | Плановое окончание», «Срок начала | Срок окончания реализации»: the deadline
   *  column holds the start, this one the end */
  deadlineEnd?: number;
}

export interface AssumedHeader {
  /** 0-based */
  column: number;
  /** the header it was taken for */
  as: string;
}

type Rules = "roadmap" | "indicator";
const RULE_ROLES: Record<Rules, ReadonlySet<Role>> = {
  roadmap: new Set(ROADMAP_RULES.map(([role]) => role)),
  indicator: new Set(INDICATOR_RULES.map(([role]) => role)),
};

/** A template's own header names its role first; else the first rule of the set that matches. */
function roleOf(rules: Rules, cell: CellRoles, hints?: HeaderHints): Role | null {
  const hinted = hints?.get(cell.normal);
  if (hinted && RULE_ROLES[rules].has(hinted)) return hinted;
  return cell[rules];
}

/** Could the row hold both a criterion and an indicator column? (The indicator rules are only
 *  mapped when it could.) */
function mayBeIndicatorTable(cells: readonly CellRoles[], hints?: HeaderHints): boolean {
  let criterion = false;
  let indicator = false;
  for (const c of cells) {
    if (!c.normal) continue;
    const hinted = hints?.get(c.normal);
    criterion ||= hinted === "criterion" || c.indicator === "criterion";
    indicator ||= hinted === "indicator" || c.indicator === "indicator";
  }
  return criterion && indicator;
}

/** Fewer than two columns named by a rule or a hint: no typo or unreadable header can make the row a
 *  roadmap header (typos are only tried, and an unreadable header only taken as the activity, in a
 *  row that already has two known roles). */
function tooFewRoles(cells: readonly CellRoles[], hints?: HeaderHints): boolean {
  let first: Role | null = null;
  for (const c of cells) {
    if (!c.normal) continue;
    const role = roleOf("roadmap", c, hints);
    if (role === null || role === first) continue;
    if (first !== null) return false;
    first = role;
  }
  return true;
}

/** Could this row of a table be the header of the next one, `matchHeader` of its cells' text with no
 *  hints? False only when that is surely null; it reads the cells in place (no row of text is built),
 *  as every row without a code of a table is asked this. `cache`: the table's cell roles so far. */
export function mayBeHeader(raw: readonly Cell[], cache?: DataCells): boolean {
  return mayBeHeaderText(raw.map(cellText), raw.length, cache);
}

/** mayBeHeader of a row already read as text: the first `n` entries of `texts`, each `cellText` of its
 *  cell (the table loop has most of them already and lends one array for all rows). */
export function mayBeHeaderText(texts: readonly string[], n: number, cache = dataCells()): boolean {
  let filled = 0;
  let criterion = false;
  let indicator = false;
  let first: Role | null = null;
  let second: Role | null = null;
  let three = false;
  for (let k = 0; k < n; k++) {
    const t = texts[k]!;
    if (!t) continue;
    if (t.length > 120) return false;
    filled++;
    const c = dataCell(t, cache, k).roles;
    if (c === NO_CELL) continue;
    criterion ||= c.indicator === "criterion";
    indicator ||= c.indicator === "indicator";
    const role = c.roadmap;
    if (role === null || role === first || role === second) continue;
    if (first === null) first = role;
    else if (second === null) second = role;
    else three = true;
  }
  if (filled < 2) return false;
  if (three || (criterion && indicator)) return true;
  if (second === null) return false; // fewer than two roles: matchHeader's tooFewRoles
  // Two roles named. matchHeader needs three, with an activity; without an activity rule an unreadable
  // header may still be taken as it, so only a row naming the activity is read further: its third
  // role can only be a typo, among the cells that are not the first to name their role.
  if (first !== "activity" && second !== "activity") return true;
  let seenFirst = false;
  let seenSecond = false;
  for (let k = 0; k < n; k++) {
    const t = texts[k]!;
    if (!t) continue;
    // the column's last cell is this very string (the first pass asked for it): no compare of its text
    const last = cache.last[k];
    const cell = last !== undefined && last.text === t ? last : dataCell(t, cache, k);
    const role = cell.roles.roadmap;
    // (a responsible cell is tried whatever its place: an accountable «Ответственный» takes the column
    // from an «Исполнитель» before it, which is then the one left over)
    if (role === first && !seenFirst && role !== "responsible") seenFirst = true;
    else if (role === second && !seenSecond && role !== "responsible") seenSecond = true;
    else if (dataCellTypo(cell)) return true;
  }
  return false;
}

/** Reads one row as a table header, or null when it is not one. A roadmap header needs an activity
 *  column and two more known roles; an indicator header needs criterion and indicator. */
export function matchHeader(cells: readonly string[], hints?: HeaderHints): HeaderMatch | null {
  let filled = 0;
  for (const c of cells) {
    if (c.length > 120) return null; // headers are short; a paragraph is not a header
    if (c) filled++;
  }
  if (filled < 2) return null;
  const roles = cells.map(cellRolesAsIs);
  if (mayBeIndicatorTable(roles, hints)) {
    const indicators = mapRow(roles, "indicator", hints);
    if (indicators.columns.criterion !== undefined && indicators.columns.indicator !== undefined) {
      return { kind: "indicators", ...indicators };
    }
  }
  if (tooFewRoles(roles, hints)) return null;
  const normal = roles.map((c) => c.normal);
  const roadmap = mapRow(roles, "roadmap", hints, true);
  const deadlineEnd = endColumn(roadmap, normal);
  // «Этап | Мероприятия | …»: the activities are the items, the stage (often merged down) groups them
  let stage: number | undefined;
  const act = roadmap.columns.activity;
  if (act !== undefined && /этап/.test(normal[act] ?? "")) {
    const events = roadmap.unknown.find((i) => /мероприят/.test(normal[i] ?? ""));
    if (events !== undefined) {
      stage = act;
      roadmap.columns.activity = events;
      roadmap.unknown.splice(roadmap.unknown.indexOf(events), 1);
    }
  }
  if (
    roadmap.columns.activity === undefined &&
    roadmap.unknown.length === 1 &&
    roadmap.unknown[0] === (roadmap.columns.code ?? -1) + 1 &&
    known(roadmap) >= 2
  ) {
    // one unreadable header where the activity should be: that column is the activity, said aloud,
    // rather than the next column's content taking its place
    const column = roadmap.unknown.pop()!;
    roadmap.columns.activity = column;
    roadmap.assumed.push({ column, as: "Мероприятие" });
  } else if (
    roadmap.columns.activity === undefined &&
    roadmap.columns.content !== undefined &&
    (roadmap.unknown.length === 0 || roadmap.columns.content === (roadmap.columns.code ?? -1) + 1)
  ) {
    // «Содержание мероприятия» / «Содержание работы» with no other activity column is the activity
    // (also beside numbers of people and money: it stands where the activity stands, after the №)
    roadmap.columns.activity = roadmap.columns.content;
    delete roadmap.columns.content;
  }
  const a = roadmap.columns.activity;
  if (a === undefined || known(roadmap) < 3) return null;
  if (roadmap.columns.code === undefined && a > 0 && normal[a - 1] === "") {
    // the number column printed without a header («| Наименование мероприятия | Срок …»)
    roadmap.columns.code = a - 1;
  }
  return {
    kind: "roadmap",
    ...roadmap,
    ...(stage === undefined ? {} : { stage }),
    ...(deadlineEnd === undefined ? {} : { deadlineEnd }),
  };
}

/** The deadline split over a start and an end column: a start header («Плановое начало», «Срок
 *  начала реализации») and, to its right, an end header not read otherwise («…окончание»). */
export function endColumn(
  m: { columns: Partial<Record<Role, number>>; unknown: number[] },
  normal: readonly string[],
) {
  const d = m.columns.deadline;
  if (d === undefined || !/начал/.test(normal[d] ?? "")) return undefined;
  const end = m.unknown.find((i) => i > d && /окончан|заверш|^конец/.test(normal[i] ?? ""));
  if (end !== undefined) m.unknown.splice(m.unknown.indexOf(end), 1);
  return end;
}

function known(m: { columns: Partial<Record<Role, number>> }): number {
  return Object.keys(m.columns).length;
}

/** «Исполнитель | Ответственный»: the one who does the work and the one accountable for it — the
 *  roadmap's responsible is the accountable one, wherever it stands. */
const ACCOUNTABLE = /ответствен/;
function outranks(header: string, taken: string): boolean {
  return ACCOUNTABLE.test(header) && !ACCOUNTABLE.test(taken);
}

function mapRow(cells: readonly CellRoles[], rules: Rules, hints?: HeaderHints, fuzzy = false) {
  const columns: Partial<Record<Role, number>> = {};
  const unknown: number[] = [];
  const assumed: AssumedHeader[] = [];
  cells.forEach((cell, i) => {
    if (!cell.normal) return;
    const role = roleOf(rules, cell, hints);
    if (role && columns[role] === undefined) columns[role] = i;
    else if (role === "responsible" && outranks(cell.normal, cells[columns.responsible!]!.normal)) {
      unknown.push(columns.responsible!);
      columns.responsible = i;
    } else unknown.push(i);
  });
  unknown.sort((x, y) => x - y);
  // typos second, so a misspelt header never takes a role a well-spelt one names; only in a row that
  // already reads as a header (two known roles), and only for header-sized cells
  if (fuzzy && unknown.length && Object.keys(columns).length >= 2) {
    for (const i of [...unknown]) {
      const normal = cells[i]!.normal;
      if (normal.length > 40) continue;
      const near = nearestHeader(normal, (r) => columns[r] !== undefined);
      if (!near) continue;
      columns[near.role] = i;
      unknown.splice(unknown.indexOf(i), 1);
      assumed.push({ column: i, as: near.header });
    }
  }
  return { columns, unknown, assumed };
}

/** The `1 2 3 4 5` row a printed table carries under its header. */
export function isNumberingRow(cells: readonly string[]): boolean {
  let expected = 1;
  let seen = 0;
  for (const c of cells) {
    if (!c) continue;
    if (c !== String(expected)) return false;
    expected++;
    seen++;
  }
  return seen >= 2;
}
