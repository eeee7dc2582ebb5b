// matchHeader as it was before the one-pass rule check (commit 99032c7), kept as the oracle the faster
// one must agree with on every row. Behaviour changes made since are made here too, rule by rule: the
// public corpus's headers («N п.п.», «Отв-ный», «Направления деятельности», «Материалы», «Итоговый
// документ») and the number column printed without a header; «Месяц» as the deadline and, beside an
// «Исполнитель», «Ответственный» as the responsible (corpus 57, 66). The typo search is the one before
// its distances were kept per text (every common header tried on every call).

import { COMMON_HEADERS, editDistance } from "../../../shared/roadmap/fuzzy-header.ts";
import type { Role } from "../../../shared/templates/model.ts";
import { normalizeText } from "../../../shared/text.ts";

export function nearestHeaderReference(
  normalised: string,
  taken: (role: Role) => boolean,
): { role: Role; header: string } | null {
  const limit = Math.min(2, Math.floor(normalised.length / 5));
  if (limit === 0) return null;
  let best: { role: Role; header: string; d: number } | null = null;
  for (const [header, role] of COMMON_HEADERS) {
    if (taken(role)) continue;
    const d = editDistance(normalised, header, limit);
    if (d <= limit && (best === null || d < best.d)) best = { role, header, d };
  }
  return best && { role: best.role, header: best.header };
}

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

export type TableKind = "roadmap" | "indicators";

/** Exact headers (normalised) a template names for its columns: recognised before the dictionary. */
export type HeaderHints = ReadonlyMap<string, Role>;

export function headerHintsReference(
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
}

export interface AssumedHeader {
  /** 0-based */
  column: number;
  /** the header it was taken for */
  as: string;
}

/** `h` is the header already normalised (matchHeader normalises each cell once for both rule sets). */
function roleOf(rules: ReadonlyArray<readonly [Role, RegExp]>, h: string, hints?: HeaderHints): Role | null {
  const hinted = hints?.get(h);
  if (hinted && rules.some(([role]) => role === hinted)) return hinted;
  for (const [role, re] of rules) if (re.test(h)) return role;
  return null;
}

/** Reads one row as a table header, or null when it is not one. A roadmap header needs an activity
 *  column and two more known roles; an indicator header needs criterion and indicator. */
export function matchHeaderReference(cells: readonly string[], hints?: HeaderHints): HeaderMatch | null {
  let filled = 0;
  for (const c of cells) {
    if (c.length > 120) return null; // headers are short; a paragraph is not a header
    if (c) filled++;
  }
  if (filled < 2) return null;
  const normal = cells.map((c) => (c ? normalizeText(c) : ""));
  const indicators = mapRow(normal, INDICATOR_RULES, hints);
  if (indicators.columns.criterion !== undefined && indicators.columns.indicator !== undefined) {
    return { kind: "indicators", ...indicators };
  }
  const roadmap = mapRow(normal, ROADMAP_RULES, hints, true);
  // «Плановое начало | Плановое окончание»: the end column of a deadline split in two (corpus 60)
  let deadlineEnd: number | undefined;
  const start = roadmap.columns.deadline;
  if (start !== undefined && /начал/.test(normal[start]!)) {
    deadlineEnd = roadmap.unknown.find((i) => i > start && /окончан|заверш|^конец/.test(normal[i]!));
    if (deadlineEnd !== undefined) roadmap.unknown.splice(roadmap.unknown.indexOf(deadlineEnd), 1);
  }
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
  if (roadmap.columns.activity === undefined || known(roadmap) < 3) return null;
  const a = roadmap.columns.activity;
  if (roadmap.columns.code === undefined && a > 0 && normal[a - 1] === "") roadmap.columns.code = a - 1;
  return {
    kind: "roadmap",
    ...roadmap,
    ...(stage === undefined ? {} : { stage }),
    ...(deadlineEnd === undefined ? {} : { deadlineEnd }),
  };
}

function known(m: { columns: Partial<Record<Role, number>> }): number {
  return Object.keys(m.columns).length;
}

function mapRow(
  cells: readonly string[],
  rules: ReadonlyArray<readonly [Role, RegExp]>,
  hints?: HeaderHints,
  fuzzy = false,
) {
  const columns: Partial<Record<Role, number>> = {};
  const unknown: number[] = [];
  const assumed: AssumedHeader[] = [];
  cells.forEach((cell, i) => {
    if (!cell) return;
    const role = roleOf(rules, cell, hints);
    if (role && columns[role] === undefined) columns[role] = i;
    else if (
      // «Исполнитель | Ответственный»: the accountable one is the responsible (corpus 66)
      role === "responsible" &&
      /ответствен/.test(cell) &&
      !/ответствен/.test(cells[columns.responsible!]!)
    ) {
      unknown.push(columns.responsible!);
      columns.responsible = i;
    } else unknown.push(i);
  });
  unknown.sort((x, y) => x - y);
  // typos second, so a misspelt header never takes a role a well-spelt one names; only in a row that
  // already reads as a header (two known roles), and only for header-sized cells
  if (fuzzy && unknown.length && Object.keys(columns).length >= 2) {
    for (const i of [...unknown]) {
      if (cells[i]!.length > 40) continue;
      const near = nearestHeaderReference(cells[i]!, (r) => columns[r] !== undefined);
      if (!near) continue;
      columns[near.role] = i;
      unknown.splice(unknown.indexOf(i), 1);
      assumed.push({ column: i, as: near.header });
    }
  }
  return { columns, unknown, assumed };
}

/** The header filter of the table loop as it reads without any cache (shapes2): every cell's roles
 *  straight from the rules on its normal form, and a typo tried by the old search on every cell that
 *  is not the first to name its role. The cached one (per-column recent texts, numbered texts sharing
 *  roles, the digit bound on typos) must give the same answer row after row. */
export function mayBeHeaderReference(cells: readonly string[]): boolean {
  let filled = 0;
  const roadmap: (Role | null)[] = [];
  const indicator: (Role | null)[] = [];
  for (const c of cells) {
    if (c.length > 120) return false;
    if (c) filled++;
    const normal = c ? normalizeText(c) : "";
    roadmap.push(normal ? roleOf(ROADMAP_RULES, normal) : null);
    indicator.push(normal ? roleOf(INDICATOR_RULES, normal) : null);
  }
  if (filled < 2) return false;
  if (indicator.includes("criterion") && indicator.includes("indicator")) return true;
  const named = [...new Set(roadmap.filter((r) => r !== null))];
  if (named.length >= 3) return true;
  if (named.length < 2) return false;
  if (!named.includes("activity")) return true;
  const seen = new Set<Role>();
  return cells.some((c, k) => {
    if (!c) return false;
    const role = roadmap[k]!;
    if (role !== null && role !== "responsible" && !seen.has(role)) {
      seen.add(role);
      return false;
    }
    const normal = normalizeText(c);
    return normal.length <= 40 && nearestHeaderReference(normal, () => false) !== null;
  });
}
