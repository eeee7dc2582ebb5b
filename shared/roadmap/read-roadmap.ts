import { type Cell, cellText, type Grid } from "../grid.ts";
import type { Period } from "../parse/period.ts";
import { plausiblePeriod, signedOn, titlePeriod } from "../parse/title-period.ts";
import { ROADMAP_TEXT_ROLES, type Role } from "../templates/model.ts";
import { startsAsContinuation } from "../text.ts";
import { parseCode, splitCodeAndText } from "./codes.ts";
import {
  dataCells,
  type HeaderHints,
  type HeaderMatch,
  isNumberingRow,
  matchHeader,
  mayBeHeaderText,
} from "./header.ts";
import type { RawIndicator, RawItem, RawSection, RoadmapRead, TableRead } from "./types.ts";

// Non-item rows in a row (titles, prose) after which the roadmap table is over.
const END_AFTER_NON_ITEMS = 4;
const PROSE_LENGTH = 300;
const TITLE_LINES = 6;

interface Heading {
  kind: "heading";
  row: number;
  code: string | null;
  title: string;
  inline: boolean;
  raw: RawItem | null;
}
/** A row of the table in order: an item (itself, not wrapped: one object less per row) or a heading. */
type Entry = RawItem | Heading;
const isHeading = (e: Entry): e is Heading => (e as Partial<Heading>).kind === "heading";

/** Reads a sheet (or a pasted document as a grid) into title, period, roadmap sections and items, and
 *  indicator tables. Pure and total: any grid gives a result. */
export function readRoadmap(grid: Grid, hints?: HeaderHints): RoadmapRead {
  const texts: (string[] | undefined)[] = new Array(grid.length);
  const rowText = (r: number): string[] => {
    let t = texts[r];
    if (!t) {
      const row = grid[r];
      t = Array.isArray(row) ? row.map(cellText) : [];
      texts[r] = t;
    }
    return t;
  };

  const result: RoadmapRead = {
    title: null,
    period: null,
    table: null,
    sections: [],
    items: [],
    blankRows: [],
    indicatorTables: [],
    indicators: [],
  };

  let r = 0;
  let roadmapHeader: { row: number; match: HeaderMatch } | null = null;
  for (; r < grid.length; r++) {
    const m = matchHeader(rowText(r), hints);
    if (!m) continue;
    if (m.kind === "roadmap") {
      roadmapHeader = { row: r, match: m };
      break;
    }
    r = readIndicatorTable(r, m, rowText, grid.length, result);
  }

  if (roadmapHeader) {
    const titleAndPeriod = findTitle(roadmapHeader.row, rowText);
    result.title = titleAndPeriod.title;
    result.period = titleAndPeriod.period;
    r = readRoadmapTable(grid, roadmapHeader.row, roadmapHeader.match, rowText, result);
  } else {
    result.period = findTitle(Math.min(grid.length, 60), rowText).period;
  }

  // Indicator tables after the roadmap (seed 002 keeps its criteria at the end).
  for (; r < grid.length; r++) {
    const cells = rowText(r);
    if (cells.length < 2 || parseCode(cells[0] ?? "")) continue;
    const m = matchHeader(cells, hints);
    if (m?.kind === "indicators") r = readIndicatorTable(r, m, rowText, grid.length, result);
  }
  return result;
}

function joined(cells: readonly string[]): string {
  let out = "";
  for (const c of cells) if (c) out = out ? `${out} ${c}` : c;
  return out;
}

/** The title is the block of lines right above the header; the period is in it or, failing that,
 *  in the nearest line above that names one. */
function findTitle(
  headerRow: number,
  rowText: (r: number) => string[],
): { title: string | null; period: Period | null } {
  let r = headerRow - 1;
  while (r >= 0 && joined(rowText(r)) === "") r--;
  const lines: string[] = [];
  for (; r >= 0 && lines.length < TITLE_LINES; r--) {
    const line = joined(rowText(r));
    if (!line) break;
    lines.unshift(line);
  }
  const title = lines.length ? lines.join(" ").replace(/\*\*/g, "").replace(/\s+/g, " ").trim() : null;
  const signed = title ? signedOn(title) : null;
  const read = (text: string) => plausiblePeriod(titlePeriod(text.replace(/\*\*/g, "")), signed);
  let period: Period | null = null;
  for (const line of lines) period ??= read(line);
  if (!period && title) period = read(title);
  for (let k = headerRow - 1; !period && k >= 0 && k >= headerRow - 80; k--) {
    const line = joined(rowText(k));
    if (line) period = read(line);
  }
  return { title, period };
}

function readRoadmapTable(
  grid: Grid,
  headerRow: number,
  match: HeaderMatch,
  rowText: (r: number) => string[],
  out: RoadmapRead,
): number {
  const cols = match.columns;
  const codeCol = cols.code;
  const roles = (Object.keys(cols) as Role[]).filter((k) => k !== "code");
  // the column of each role, by position (keyed lookups by role name were the loop's cost), and the
  // text of each role's cell in the current row, read once and reused from row to row
  const roleCols = roles.map((k) => cols[k]!);
  const activityAt = roles.indexOf("activity");
  const texts: string[] = roles.map(() => "");
  // an item's text object is a copy of this one (its roles in order) filled in: one object of the
  // right size per row, rather than one grown property by property
  const blank: Partial<Record<Role, string>> = {};
  for (const role of roles) blank[role] = "";
  const at = placesOf(roles);
  const stageCol = match.stage;
  // «Плановое начало | Плановое окончание»: the deadline is the span between the two cells
  const endCol = match.deadlineEnd;
  const deadlineAt = roles.indexOf("deadline");
  let r = headerRow + 1;
  // a two-row header («В том числе по годам» over 2010 … 2015): its second row fills no column we read
  if (r < grid.length && isSubHeader(rowText(r), roleCols, codeCol)) r++;
  if (r < grid.length && isNumberingRow(rowText(r))) r++;
  const firstRow = r;

  const entries: Entry[] = [];
  let lastItem: RawItem | null = null;
  let nonItems = 0;
  let pendingBlanks: number[] = [];
  const cells = dataCells();
  // a row without a code is asked whether it is the next table's header from the texts read here: the
  // role loop writes each role's text at its column of `columnTexts` (one array lent to all rows); only
  // the other columns (`others`, ascending, extended as wider rows come) are read for it alone
  const columnTexts: string[] = [];
  const others: number[] = [];
  let othersUpTo = 0;

  // The hot loop of the whole engine: read only the cells a row's roles need, build no row arrays.
  for (; r < grid.length; r++) {
    const row = grid[r];
    const raw: readonly Cell[] = Array.isArray(row) ? row : NO_CELLS;
    const codeCell = codeCol === undefined ? "" : cellText(raw[codeCol]);
    let hasData = false;
    for (let k = 0; k < roles.length; k++) {
      const c = roleCols[k]!;
      const t = cellText(raw[c]);
      texts[k] = t;
      columnTexts[c] = t;
      if (t && k !== activityAt) hasData = true;
    }
    if (endCol !== undefined && deadlineAt >= 0) {
      const end = cellText(raw[endCol]);
      if (end) {
        const start = texts[deadlineAt]!;
        texts[deadlineAt] = start ? `${start} - ${end}` : `до ${end}`;
        columnTexts[roleCols[deadlineAt]!] = texts[deadlineAt]!;
        hasData = true;
      }
    }
    let activity = activityAt < 0 ? "" : texts[activityAt]!;
    if (!codeCell && !activity && !hasData && firstText(raw) === "") {
      pendingBlanks.push(r + 1);
      continue;
    }
    let code: string | null = null;
    let inline: string | null = null;
    if (codeCell) {
      code = parseCode(codeCell);
      if (!code) {
        const split = splitCodeAndText(codeCell);
        if (split) {
          code = split.code;
          inline = split.rest;
        }
      }
    }

    // A stage cell («Подготовка условий», merged down over its activities) starts a group.
    const stageText = stageCol === undefined ? "" : cellText(raw[stageCol]);
    if (stageText) {
      entries.push({ kind: "heading", row: r + 1, code, title: stageText, inline: true, raw: null });
      code = null;
      inline = null;
      lastItem = null;
      if (!activity && !hasData) continue;
    }

    // Under a merged stage cell, a row with its own content and its own deadline or responsible is an
    // item of its own (taking the stage's activity), not the continuation of the row above.
    if (!codeCell && !activity && lastItem && ownsItem(raw, lastItem, cols)) {
      const item = makeItem(r, null, null, texts, roles, blank, at);
      item.text.activity = lastItem.text.activity ?? "";
      entries.push(item);
      lastItem = item;
      nonItems = 0;
      if (pendingBlanks.length) {
        out.blankRows.push(...pendingBlanks);
        pendingBlanks = [];
      }
      continue;
    }

    // A pasted document splits a long row over two lines: the second has no code and reads on.
    if (!codeCell && lastItem && (activity ? startsAsContinuation(firstText(raw)) : hasData)) {
      for (let k = 0; k < roles.length; k++) {
        const t = texts[k]!;
        if (!t) continue;
        const role = roles[k]!;
        const prev = lastItem.text[role];
        lastItem.text[role] = prev ? `${prev} ${t}` : t;
      }
      if (lastItem.continuation === NO_ROWS) lastItem.continuation = [r + 1];
      else lastItem.continuation.push(r + 1);
      if (pendingBlanks.length) pendingBlanks = []; // a page break, not a blank row of the table
      continue;
    }

    // No code column (or an empty code cell) and «1.1. Назначить куратора» in the activity cell.
    if (!codeCell && activity) {
      const split = splitCodeAndText(activity, true);
      if (split) {
        code = split.code;
        inline = hasData ? null : split.rest;
        activity = split.rest;
      }
    }

    if (!code && codeCell === "" && !activity && !hasData) {
      // text only in columns we do not read: not part of the roadmap
      if (++nonItems >= END_AFTER_NON_ITEMS) break;
      continue;
    }

    // Another table's header ends this one.
    if (!code) {
      for (; othersUpTo < raw.length; othersUpTo++)
        if (othersUpTo !== codeCol && !roleCols.includes(othersUpTo)) others.push(othersUpTo);
      if (codeCol !== undefined) columnTexts[codeCol] = codeCell;
      for (let k = 0; k < others.length && others[k]! < raw.length; k++)
        columnTexts[others[k]!] = cellText(raw[others[k]!]);
      if (mayBeHeaderText(columnTexts, raw.length, cells) && matchHeader(rowText(r))) break;
    }

    if (!hasData) {
      const title = (inline ?? (code ? "" : codeCell)) || activity || (code ? "" : codeCell);
      const prose = title.length > PROSE_LENGTH;
      nonItems += prose ? 2 : 1;
      if (nonItems >= END_AFTER_NON_ITEMS) break;
      const asItem = code !== null && !inline ? makeItem(r, code, null, texts, roles, blank, at) : null;
      entries.push({
        kind: "heading",
        row: r + 1,
        code,
        title: code ? title : joined([codeCell, activity]),
        inline: inline !== null,
        raw: asItem,
      });
      lastItem = null;
    } else {
      nonItems = 0;
      const badCode = !code && codeCell ? codeCell : null;
      const item = makeItem(r, code, badCode, texts, roles, blank, at);
      item.text.activity = activity || inline || "";
      entries.push(item);
      lastItem = item;
    }
    if (pendingBlanks.length) {
      out.blankRows.push(...pendingBlanks);
      pendingBlanks = [];
    }
  }

  resolveStructure(entries, out);
  // rows after the last item (closing titles, prose) are not part of the table
  const lastItemRow = out.items.length ? lastRowOf(out.items[out.items.length - 1]!) : headerRow + 1;
  out.blankRows = out.blankRows.filter((b) => b < lastItemRow);
  out.table = {
    kind: "roadmap",
    headerRow: headerRow + 1,
    columns: cols,
    unknownColumns: match.unknown,
    assumedColumns: match.assumed,
    firstRow: firstRow + 1,
    lastRow: lastItemRow,
  };
  return out.items.length ? lastItemRow : r;
}

/** A row with its own content (not a sentence running on) and its own deadline or responsible, below
 *  an item that had all of those: the item's activity cell was merged over both. */
function ownsItem(raw: readonly Cell[], last: RawItem, cols: Partial<Record<Role, number>>): boolean {
  if (cols.content === undefined || !last.text.content) return false;
  const content = cellText(raw[cols.content]);
  if (!content || startsAsContinuation(content)) return false;
  const own = (role: Role) =>
    cols[role] !== undefined && cellText(raw[cols[role]!]) !== "" && !!last.text[role];
  return own("deadline") || own("responsible");
}

function lastRowOf(item: RawItem): number {
  return item.continuation.length ? item.continuation[item.continuation.length - 1]! : item.row;
}

const NO_CELLS: readonly Cell[] = [];
/** the continuation rows of every item that has none: one frozen array, replaced on the first */
const NO_ROWS: number[] = Object.freeze([]) as unknown as number[];

/** The first non-empty cell of a row, as text. */
function firstText(raw: readonly Cell[]): string {
  for (let c = 0; c < raw.length; c++) {
    const t = cellText(raw[c]);
    if (t) return t;
  }
  return "";
}

function firstNonEmpty(cells: readonly string[]): string {
  for (const c of cells) if (c) return c;
  return "";
}

/** The roles a roadmap table's columns can have besides the code (header.ts's roadmap rules and typos). */
const TEXT_ROLES = ROADMAP_TEXT_ROLES;
/** each role's place in a row's `texts` (-1: the table has no such column) */
type RoleAt = Record<(typeof TEXT_ROLES)[number], number>;

/** Where the roles are in `texts`, or null when a role is not one of TEXT_ROLES (then the item's text is
 *  filled role by role, by name). */
function placesOf(roles: readonly Role[]): RoleAt | null {
  const at = {} as RoleAt;
  for (const role of TEXT_ROLES) at[role] = roles.indexOf(role);
  return roles.every((r) => (TEXT_ROLES as readonly Role[]).includes(r)) ? at : null;
}

function makeItem(
  r: number,
  code: string | null,
  badCode: string | null,
  texts: readonly string[],
  roles: readonly Role[],
  blank: Partial<Record<Role, string>>,
  at: RoleAt | null,
): RawItem {
  // a copy of the table's blank text (its roles in order) filled in; stored by name, each store is to
  // the same kind of object row after row (by a role name from an array, V8 goes the slow way)
  const text = { ...blank };
  if (at === null) for (let k = 0; k < roles.length; k++) text[roles[k]!] = texts[k]!;
  else {
    if (at.activity >= 0) text.activity = texts[at.activity]!;
    if (at.content >= 0) text.content = texts[at.content]!;
    if (at.target >= 0) text.target = texts[at.target]!;
    if (at.evidence >= 0) text.evidence = texts[at.evidence]!;
    if (at.deadline >= 0) text.deadline = texts[at.deadline]!;
    if (at.responsible >= 0) text.responsible = texts[at.responsible]!;
    if (at.actual >= 0) text.actual = texts[at.actual]!;
    if (at.status >= 0) text.status = texts[at.status]!;
    if (at.proof >= 0) text.proof = texts[at.proof]!;
    if (at.comment >= 0) text.comment = texts[at.comment]!;
  }
  return { row: r + 1, continuation: NO_ROWS, code, badCode, section: null, text };
}

/** Text only in columns no role reads: the lower row of a header whose upper row spans them. */
function isSubHeader(
  cells: readonly string[],
  roleCols: readonly number[],
  codeCol: number | undefined,
): boolean {
  let filled = false;
  for (let k = 0; k < cells.length; k++) {
    if (!cells[k]) continue;
    if (k === codeCol || roleCols.includes(k)) return false;
    filled = true;
  }
  return filled;
}

/** Second pass: a coded heading with children (5.1 before 5.1.1) or with its title in the code cell
 *  («1. Разработка …») is a section; any other coded heading is an item with nothing filled in. */
function resolveStructure(entries: Entry[], out: RoadmapRead): void {
  const parents = new Set<string>();
  for (const e of entries) {
    const code = e.code;
    if (!code) continue;
    for (let i = code.indexOf("."); i > 0; i = code.indexOf(".", i + 1)) parents.add(code.slice(0, i));
  }
  // trailing headings after the last item are closing titles, not sections
  let last = entries.length - 1;
  while (last >= 0) {
    const e = entries[last]!;
    if (!isHeading(e) || e.raw) break;
    last--;
  }

  const stack: { code: string | null; index: number }[] = [];
  for (let k = 0; k <= last; k++) {
    const e = entries[k]!;
    if (isHeading(e) && (e.code === null || e.inline || parents.has(e.code) || !e.raw)) {
      const depth = e.code ? e.code.split(".").length - 1 : 0;
      while (stack.length && !isAncestor(stack[stack.length - 1]!.code, e.code)) stack.pop();
      const section: RawSection = { row: e.row, code: e.code, title: e.title, depth };
      out.sections.push(section);
      stack.push({ code: e.code, index: out.sections.length - 1 });
      continue;
    }
    const item = isHeading(e) ? e.raw! : e;
    item.section = sectionFor(item.code, stack);
    out.items.push(item);
  }
}

/** Is section code `a` an ancestor of `b`? An uncoded section is ended by any new section. */
function isAncestor(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return b.startsWith(`${a}.`);
}

function sectionFor(
  code: string | null,
  stack: readonly { code: string | null; index: number }[],
): number | null {
  if (stack.length === 0) return null;
  if (code) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const s = stack[i]!;
      if (s.code !== null && code.startsWith(`${s.code}.`)) return s.index;
    }
  }
  return stack[stack.length - 1]!.index;
}

function readIndicatorTable(
  headerRow: number,
  match: HeaderMatch,
  rowText: (r: number) => string[],
  rows: number,
  out: RoadmapRead,
): number {
  const c = match.columns;
  const get = (cells: string[], role: Role) => (c[role] === undefined ? "" : (cells[c[role]!] ?? ""));
  let r = headerRow + 1;
  if (r < rows && isNumberingRow(rowText(r))) r++;
  const firstRow = r;
  let blanks = 0;
  let criterion = "";
  let last = headerRow;
  for (; r < rows; r++) {
    const cells = rowText(r);
    if (!firstNonEmpty(cells)) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (matchHeader(cells)) break;
    const indicator = get(cells, "indicator");
    const crit = get(cells, "criterion");
    if (!indicator) {
      if (crit.length > PROSE_LENGTH || cells.filter(Boolean).length === 1) break;
      continue;
    }
    // a criterion cell starting in lower case continues the previous criterion (a page break)
    if (crit) criterion = startsAsContinuation(crit) && criterion ? `${criterion} ${crit}` : crit;
    const ind: RawIndicator = {
      row: r + 1,
      criterion,
      indicator,
      method: get(cells, "method"),
      scale: get(cells, "scale"),
      actual: get(cells, "actual"),
    };
    out.indicators.push(ind);
    last = r;
  }
  const table: TableRead = {
    kind: "indicators",
    headerRow: headerRow + 1,
    columns: c,
    unknownColumns: match.unknown,
    assumedColumns: match.assumed,
    firstRow: firstRow + 1,
    lastRow: last + 1,
  };
  out.indicatorTables.push(table);
  return r - 1;
}
