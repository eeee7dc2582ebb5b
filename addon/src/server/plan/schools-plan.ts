// «Школы и участники», the pure part: the «Школы» sheet as the department fills it (one row per school
// member), compared with the organisation's schools and members on the worker. Nothing here calls a
// service: schools.ts reads the sheet and the worker, this decides what to create, add or skip, and
// what the «Результат» column says afterwards.
import type { MemberRole, OrgKind } from "../../../../shared/api/common.ts";
import { IdSchema } from "../../../../shared/api/common.ts";
import { MemberSchema } from "../../../../shared/api/orgs.ts";
import type { Cell, Grid } from "../../../../shared/grid.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { fingerprint } from "./fingerprint.ts";
import { asText, asTextCell } from "./formula-safe.ts";
import { fill2d, type SheetPlan } from "./sheet-plan.ts";

const R = RU_UI.schoolRows;
const ROLE_LABELS = RU_UI.roles;
const ROLES = Object.keys(ROLE_LABELS) as MemberRole[];
const HEADER = RU_UI.sheets.schoolsHeader;

/** The organisation as the worker has it now: its children, with members for the schools. */
export interface CurrentTree {
  orgId: string;
  orgName: string;
  children: { id: string; name: string; kind: OrgKind; members: { email: string; role: MemberRole }[] }[];
}

export interface SheetRow {
  /** 1-based sheet row */
  row: number;
  school: string;
  code: string;
  email: string;
  roleText: string;
}

export interface Layout {
  school: number;
  code: number | null;
  email: number;
  role: number | null;
  /** 1-based column of «Результат» (after the header when the sheet has none) */
  result: number;
}

export interface ParsedSheet {
  layout: Layout;
  rows: SheetRow[];
  /** rows of the sheet including the header: the height of the «Результат» block */
  height: number;
}

export type Target = { kind: "existing"; id: string } | { kind: "new"; key: string };

export interface NewSchool {
  key: string;
  name: string;
  /** the code from the sheet, sent as the organisation's id; null lets the worker choose */
  id: string | null;
  /** sheet rows that name it; the first one reports «школа создана» */
  rows: number[];
}

export interface MemberAction {
  row: number;
  target: Target;
  email: string;
  role: MemberRole;
  change: "add" | "role";
}

export interface RowProblem {
  row: number;
  /** 1-based column */
  col: number;
  message: string;
}

export interface RowPlan {
  row: number;
  target: Target | null;
  member: MemberAction | null;
  problem: RowProblem | null;
}

export interface SchoolsPlan {
  layout: Layout;
  height: number;
  newSchools: NewSchool[];
  members: MemberAction[];
  rows: RowPlan[];
  problems: RowProblem[];
  /** rows that need nothing */
  unchanged: number;
  /** members on the worker that no row names: reported, never removed */
  notInSheet: number;
  /** changes whenever what «Применить» would do changes */
  id: string;
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? "" : String(c).trim());
const nameKey = (name: string): string => name.replace(/\s+/g, " ").trim().toLowerCase();

/** The sheet as prefilled: header, then one row per member of every school (a school without members gets one row). */
export function schoolsSheetPlan(tree: CurrentTree): SheetPlan {
  const rows: Cell[][] = [[...HEADER]];
  const schools = tree.children.filter((c) => c.kind === "school");
  for (const s of schools) {
    const name = asText(s.name);
    const code = asText(s.id);
    if (s.members.length === 0) rows.push([name, code, "", "", ""]);
    for (const m of s.members) rows.push([name, code, asTextCell(m.email), ROLE_LABELS[m.role], ""]);
  }
  const width = HEADER.length;
  const height = rows.length;
  // dropdown and text formats reach well below the data, where the department adds rows
  const reach = Math.max(height + 200, 500);
  const backgrounds = fill2d<string | null>(height, width, null);
  backgrounds[0] = Array.from({ length: width }, () => "#e8eaed");
  const fontWeights = fill2d<"bold" | "normal">(height, width, "normal");
  fontWeights[0] = Array.from({ length: width }, () => "bold");
  const wraps = fill2d(height, width, false);
  const roles = ROLES.map((r) => ROLE_LABELS[r]);
  return {
    values: rows,
    backgrounds,
    fontWeights,
    frozenRows: 1,
    columnWidths: [280, 140, 220, 120, 260],
    // «007» and «s-1» stay text; emails never become links-as-formulas
    formats: [{ range: { row: 2, col: 1, numRows: reach - 1, numCols: 3 }, format: "@" }],
    lists: [
      {
        range: { row: 2, col: 4, numRows: reach - 1, numCols: 1 },
        values: roles,
        help: fill(R.roleHelp, { list: roles.join(", ") }),
      },
    ],
    protections: [],
    wraps,
  };
}

function headerIndex(header: string[], test: (h: string) => boolean): number | null {
  const i = header.findIndex(test);
  return i < 0 ? null : i + 1;
}

/** The sheet's rows by its header in row 1 (columns may be moved); null when there is no such header. */
export function parseSchoolsSheet(grid: Grid): ParsedSheet | null {
  const header = (grid[0] ?? []).map((c) => text(c).toLowerCase());
  const school = headerIndex(header, (h) => h.startsWith("школа") || h.startsWith("название школы"));
  const email = headerIndex(header, (h) => h.includes("email") || h.includes("почт"));
  if (school === null || email === null) return null;
  const code = headerIndex(header, (h) => h.startsWith("код"));
  const role = headerIndex(header, (h) => h.startsWith("роль"));
  const lastHeader = header.reduce((n, h, i) => (h ? i + 1 : n), 0);
  const result = headerIndex(header, (h) => h.startsWith("результат")) ?? lastHeader + 1;
  const at = (line: Cell[], col: number | null) => (col === null ? "" : text(line[col - 1]));
  const rows: SheetRow[] = [];
  grid.forEach((line, i) => {
    if (i === 0) return;
    const row = {
      row: i + 1,
      school: at(line, school).replace(/\s+/g, " "),
      code: at(line, code),
      email: at(line, email).toLowerCase(),
      roleText: at(line, role),
    };
    if (row.school || row.code || row.email || row.roleText) rows.push(row);
  });
  return { layout: { school, code, email, role, result }, rows, height: grid.length };
}

function parseRole(t: string): MemberRole | null {
  const v = t.trim().toLowerCase();
  if (v === "") return "school";
  return ROLES.find((r) => r === v || ROLE_LABELS[r] === v) ?? null;
}

const isEmail = (e: string) => MemberSchema.shape.email.safeParse(e).success;

type TreeSchool = CurrentTree["children"][number];

/** What resolving a row's school needs: the tree's orgs, the codes the sheet gives, the schools to create. */
interface Lookup {
  layout: Layout;
  byId: ReadonlyMap<string, TreeSchool>;
  byName: ReadonlyMap<string, TreeSchool[]>;
  /** codes written on any row of a school, by name key: one code serves the school's other rows */
  sheetCodes: ReadonlyMap<string, Set<string>>;
  /** schools to create, by key; filled as rows are resolved */
  newSchools: Map<string, NewSchool>;
}

function rowProblem(layout: Layout, row: number, col: number | null, message: string): RowPlan {
  return { row, target: null, member: null, problem: { row, col: col ?? layout.school, message } };
}

/**
 * The school a row means: an existing one (by its code, or by a name that is unique), a new one
 * (registered in `at.newSchools`, by code or by name), or a problem (a code that is not an id or
 * belongs to a non-school, a name that is ambiguous or already has another code).
 */
function resolveSchool(r: SheetRow, at: Lookup): Target | RowPlan {
  const { layout, byId, byName, sheetCodes, newSchools } = at;
  const problem = (col: number | null, message: string) => rowProblem(layout, r.row, col, message);
  const codes = sheetCodes.get(nameKey(r.school));
  const code = r.code || (codes?.size === 1 ? [...codes][0]! : "");
  if (!code && codes && codes.size > 1) return problem(layout.code, fill(R.ambiguous, { name: r.school }));
  if (code) {
    if (!IdSchema.safeParse(code).success) return problem(layout.code, fill(R.badCode, { code }));
    const existing = byId.get(code);
    if (existing && existing.kind !== "school") {
      return problem(layout.code, fill(R.codeTaken, { code, name: existing.name }));
    }
    if (existing) return { kind: "existing", id: code };
    const sameName = byName.get(nameKey(r.school)) ?? [];
    if (sameName.length > 0) {
      return problem(layout.code, fill(R.nameTaken, { name: r.school, code: sameName[0]!.id }));
    }
    const key = `id:${code}`;
    newSchools.set(key, newSchools.get(key) ?? { key, name: r.school, id: code, rows: [] });
    return { kind: "new", key };
  }
  const sameName = byName.get(nameKey(r.school)) ?? [];
  if (sameName.length > 1) return problem(layout.school, fill(R.ambiguous, { name: r.school }));
  if (sameName.length === 1) return { kind: "existing", id: sameName[0]!.id };
  const key = `name:${nameKey(r.school)}`;
  newSchools.set(key, newSchools.get(key) ?? { key, name: r.school, id: null, rows: [] });
  return { kind: "new", key };
}

/** What «Применить» would do with these rows against the worker's tree. Rows with a problem do nothing. */
export function planSchools(sheet: ParsedSheet, tree: CurrentTree): SchoolsPlan {
  const { layout } = sheet;
  const byId = new Map(tree.children.map((c) => [c.id, c]));
  const schools = tree.children.filter((c) => c.kind === "school");
  const byName = new Map<string, typeof schools>();
  for (const s of schools) byName.set(nameKey(s.name), [...(byName.get(nameKey(s.name)) ?? []), s]);
  // a code written on one row of a school serves its other rows too
  const sheetCodes = new Map<string, Set<string>>();
  for (const r of sheet.rows) {
    if (r.school && r.code) {
      const k = nameKey(r.school);
      sheetCodes.set(k, (sheetCodes.get(k) ?? new Set()).add(r.code));
    }
  }

  const newSchools = new Map<string, NewSchool>();
  const seen = new Map<string, number>();
  const rows: RowPlan[] = [];
  const problem = (row: number, col: number | null, message: string) => rowProblem(layout, row, col, message);
  const lookup: Lookup = { layout, byId, byName, sheetCodes, newSchools };

  const named = new Map<string, Set<string>>();
  for (const r of sheet.rows) {
    if (!r.school) {
      rows.push(problem(r.row, layout.school, R.emptySchool));
      continue;
    }
    if (r.email && !isEmail(r.email)) {
      rows.push(problem(r.row, layout.email, fill(R.badEmail, { email: r.email })));
      continue;
    }
    const role = parseRole(r.roleText);
    if (role === null) {
      const list = ROLES.map((x) => ROLE_LABELS[x]).join(", ");
      rows.push(problem(r.row, layout.role, fill(R.badRole, { role: r.roleText, list })));
      continue;
    }
    const target = resolveSchool(r, lookup);
    if ("row" in target) {
      rows.push(target);
      continue;
    }
    const schoolKey = target.kind === "existing" ? `id:${target.id}` : target.key;
    const dupKey = `${schoolKey}\n${r.email}`;
    const earlier = seen.get(dupKey);
    if (earlier !== undefined) {
      rows.push(problem(r.row, r.email ? layout.email : layout.school, fill(R.duplicate, { row: earlier })));
      continue;
    }
    seen.set(dupKey, r.row);
    if (target.kind === "new") newSchools.get(target.key)!.rows.push(r.row);
    let member: MemberAction | null = null;
    if (r.email) {
      if (target.kind === "existing") named.set(target.id, (named.get(target.id) ?? new Set()).add(r.email));
      const current =
        target.kind === "existing"
          ? byId.get(target.id)!.members.find((m) => m.email === r.email)
          : undefined;
      if (!current) member = { row: r.row, target, email: r.email, role, change: "add" };
      else if (current.role !== role) member = { row: r.row, target, email: r.email, role, change: "role" };
    }
    rows.push({ row: r.row, target, member, problem: null });
  }

  // a school whose every row had a problem is not created
  const creating = [...newSchools.values()].filter((s) => s.rows.length > 0);
  const members = rows.flatMap((r) => (r.member ? [r.member] : []));
  const problems = rows.flatMap((r) => (r.problem ? [r.problem] : []));
  const unchanged = rows.filter((r) => !r.problem && !r.member && r.target?.kind === "existing").length;
  const notInSheet = schools.reduce(
    (n, s) => n + s.members.filter((m) => !named.get(s.id)?.has(m.email)).length,
    0,
  );
  const id = fingerprint(
    JSON.stringify([
      tree.orgId,
      creating.map((s) => [s.key, s.name, s.id]),
      members.map((m) => [m.row, m.target, m.email, m.role, m.change]),
      problems.map((p) => [p.row, p.message]),
    ]),
  );
  return {
    layout,
    height: sheet.height,
    newSchools: creating,
    members,
    rows,
    problems,
    unchanged,
    notInSheet,
    id,
  };
}

export type Outcome = { ok: true } | { ok: false; message: string };

/**
 * The «Результат» column from the header down: what happened to each row. School creation outcomes
 * are by NewSchool key, member outcomes by row; a member of a school that was not created was not sent.
 */
export function resultColumn(
  plan: SchoolsPlan,
  schools: Map<string, Outcome>,
  members: Map<number, Outcome>,
): Cell[][] {
  const byRow = new Map(plan.rows.map((r) => [r.row, r]));
  const firstRow = new Set(plan.newSchools.map((s) => s.rows[0]));
  const out: Cell[][] = [[HEADER[4]!]];
  for (let row = 2; row <= plan.height; row++) {
    const r = byRow.get(row);
    if (!r) {
      out.push([""]);
      continue;
    }
    out.push([asTextCell(rowResult(r, firstRow.has(row), schools, members))]);
  }
  return out;
}

function rowResult(
  r: RowPlan,
  createsSchool: boolean,
  schools: Map<string, Outcome>,
  members: Map<number, Outcome>,
): string {
  if (r.problem) return fill(R.skipped, { problem: r.problem.message });
  const parts: string[] = [];
  if (r.target?.kind === "new") {
    const made = schools.get(r.target.key);
    if (!made) return fill(R.schoolFailed, { detail: "—" });
    if (!made.ok) return fill(R.schoolFailed, { detail: made.message });
    if (createsSchool) parts.push(R.schoolCreated);
  }
  if (r.member) {
    const m = members.get(r.row);
    if (m && !m.ok) parts.push(fill(R.failed, { detail: m.message }));
    else parts.push(r.member.change === "add" ? R.memberAdded : R.roleChanged);
  }
  return parts.length > 0 ? parts.join(", ") : R.unchanged;
}
