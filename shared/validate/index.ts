import { columnLetter, type Grid } from "../grid.ts";
import { parseDeadline } from "../parse/deadline.ts";
import type { Period } from "../parse/period.ts";
import { parseResponsible } from "../parse/responsible.ts";
import { parseTarget } from "../parse/target.ts";
import { compareCodes } from "../roadmap/codes.ts";
import { type HeaderHints, headerHints } from "../roadmap/header.ts";
import { readRoadmap } from "../roadmap/read-roadmap.ts";
import { scopedCode } from "../roadmap/scoped-code.ts";
import type { RawItem, RoadmapRead } from "../roadmap/types.ts";
import type { Role, Template } from "../templates/model.ts";
import { Findings } from "./findings.ts";
import { indicatorResults, validateIndicators } from "./indicator-checks.ts";
import { isErrorValue, itemState, proofIsUrl, statusReader, targetMet } from "./item-checks.ts";
import { type Matchable, matchItems } from "./match-items.ts";
import type { Item, Report, ValidateOptions } from "./types.ts";

export type { Report, ValidateOptions } from "./types.ts";

/** Validates a sheet against a template. Pure, deterministic, total: never throws on any grid. */
export function validate(grid: Grid, template: Template, options: ValidateOptions = {}): Report {
  const safeGrid: Grid = Array.isArray(grid) ? grid : [];
  const read = readRoadmap(safeGrid, hintsOf(template));
  return validateRead(safeGrid, read, template, options);
}

const hintCache = new WeakMap<Template, HeaderHints>();
function hintsOf(template: Template): HeaderHints {
  let h = hintCache.get(template);
  if (!h) {
    h = headerHints(template.columns);
    hintCache.set(template, h);
  }
  return h;
}

/** Same as `validate` for a sheet already read (lets template picking read the grid only once). */
export function validateRead(
  grid: Grid,
  read: RoadmapRead,
  template: Template,
  options: ValidateOptions,
): Report {
  const findings = new Findings();
  const period: Period | null = options.period ?? read.period ?? template.period ?? null;
  const asOf = options.asOf ?? null;
  const year = asOf ? Number(asOf.slice(0, 4)) : period ? Number(period.end.slice(0, 4)) : null;
  const report: Report = {
    template: template.id,
    templateVersion: template.version,
    title: read.title,
    period,
    headerRow: read.table?.headerRow ?? 0,
    columns: {},
    sections: read.sections.map((s) => ({ row: s.row, code: s.code, title: s.title })),
    items: [],
    indicators: [],
    findings: findings.list,
    counts: { error: 0, warning: 0, info: 0 },
    completion: { required: 0, present: 0, done: 0 },
  };

  if (template.kind === "indicators") {
    validateIndicators(grid, read, template, findings, report);
    report.counts = findings.counts();
    return report;
  }

  const table = read.table;
  if (!table) {
    findings.add("header-not-found", null, null);
    report.completion.required = template.items.filter((i) => i.required).length;
    for (const t of template.items)
      if (t.required) findings.add("missing-item", null, null, { code: t.code, activity: t.activity });
    report.counts = findings.counts();
    return report;
  }

  const cols = table.columns;
  for (const role of Object.keys(cols) as Role[]) report.columns[role] = columnLetter(cols[role]!);
  const letter = (role: Role) => report.columns[role] ?? null;
  const headerCells = grid[table.headerRow - 1] ?? [];
  for (const c of template.columns) {
    if (cols[c.role] === undefined) {
      findings.add(
        "missing-column",
        table.headerRow,
        null,
        { header: c.header },
        c.required ? "error" : "warning",
      );
    }
  }
  for (const i of table.unknownColumns) {
    findings.add("unknown-column", table.headerRow, columnLetter(i), {
      header: String(headerCells[i] ?? ""),
    });
  }
  for (const a of table.assumedColumns) {
    findings.add("assumed-header", table.headerRow, columnLetter(a.column), {
      header: String(headerCells[a.column] ?? ""),
      as: a.as,
    });
  }
  if (!period) findings.add("period-not-found", null, null);
  for (const b of read.blankRows) findings.add("blank-row", b, null);

  // spreadsheet error values anywhere in the table
  for (let r = table.headerRow - 1; r < table.lastRow && r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      if (isErrorValue(row[c]))
        findings.add("error-value", r + 1, columnLetter(c), { text: row[c] as string });
    }
  }

  checkCodes(read, findings, letter("code"));

  // Sheets repeat the same deadline, target and responsible text row after row: parse each text once.
  const deadlineOf = memo((text: string) => parseDeadline(text, period));
  const targetOf = memo(parseTarget);
  const responsibleOf = memo(parseResponsible);
  const statusOf = statusReader(template.statuses);
  const statusCol = letter("status");
  const proofCol = letter("proof");
  const activityCol = letter("activity");
  const deadlineCol = letter("deadline");
  const responsibleCol = letter("responsible");
  const evidenceCol = letter("evidence");
  const targetCol = letter("target");
  const actualCol = letter("actual");
  // a finding about a text the sheet repeats gets its params and message once per text (findings.ts)
  const allowed = template.statuses.join(", ");
  // the codes the loop below adds row after row, looked up once
  const badStatus = findings.kind("bad-status");
  const emptyActivity = findings.kind("empty-activity");
  const emptyDeadline = findings.kind("empty-deadline");
  const unknownDeadline = findings.kind("unknown-deadline");
  const unscheduledDeadline = findings.kind("unscheduled-deadline");
  const emptyResponsible = findings.kind("empty-responsible");
  const emptyEvidence = findings.kind("empty-evidence");
  const unparsedTarget = findings.kind("unparsed-target");
  const badUrl = findings.kind("bad-url");
  const doneWithoutProof = findings.kind("done-without-proof");
  const overdue = findings.kind("overdue");
  const targetNotMet = findings.kind("target-not-met");
  const statusParams = (text: string) => ({ text, allowed });
  const overdueParams = (text: string) => {
    const d = deadlineOf(text);
    return { end: d.end ?? "", text: d.text };
  };
  for (const raw of read.items) {
    const t = raw.text;
    const deadlineText = t.deadline ?? "";
    const deadline = deadlineOf(deadlineText);
    const target = targetOf(t.target ?? "");
    const statusText = t.status ?? "";
    const status = statusOf(statusText);
    if (status === undefined) {
      findings.addForText(badStatus, raw.row, statusCol, statusText, statusParams);
    }
    const item: Item = {
      row: raw.row,
      code: raw.code,
      section: raw.section,
      activity: t.activity ?? "",
      content: t.content ?? "",
      deadline,
      target,
      responsible: responsibleOf(t.responsible ?? ""),
      evidence: t.evidence ?? "",
      actual: t.actual ?? "",
      status: status ?? null,
      proof: t.proof ?? "",
      comment: t.comment ?? "",
      templateCode: null,
      state: itemState(status ?? null, deadline, asOf),
      targetMet: targetMet(target, t.actual ?? "", year),
    };
    report.items.push(item);

    if (!item.activity) findings.addKind(emptyActivity, raw.row, activityCol);
    if (cols.deadline !== undefined) {
      if (!deadline.text) findings.addKind(emptyDeadline, raw.row, deadlineCol);
      else if (deadline.kind === "unknown")
        findings.addForText(unknownDeadline, raw.row, deadlineCol, deadline.text);
      else if (deadline.kind === "unscheduled") {
        findings.addForText(unscheduledDeadline, raw.row, deadlineCol, deadline.text);
      }
    }
    if (cols.responsible !== undefined && item.responsible.length === 0) {
      findings.addKind(emptyResponsible, raw.row, responsibleCol);
    }
    if (cols.evidence !== undefined && !item.evidence) findings.addKind(emptyEvidence, raw.row, evidenceCol);
    if (target.kind === "unknown") findings.addForText(unparsedTarget, raw.row, targetCol, target.text);
    if (item.proof && !proofIsUrl(item.proof))
      findings.addKind(badUrl, raw.row, proofCol, { text: item.proof });
    else if (status === "выполнено" && cols.proof !== undefined && !item.proof) {
      findings.addKind(doneWithoutProof, raw.row, proofCol);
    }
    if (item.state === "overdue") {
      findings.addForText(overdue, raw.row, deadlineCol, deadlineText, overdueParams);
    }
    if (item.targetMet === false) {
      findings.addKind(targetNotMet, raw.row, actualCol, { actual: item.actual, target: target.text });
    }
  }

  matchTemplate(read.items, report, template, findings);
  // a roadmap sheet may carry its efficiency criteria below it (seed 002): report them too
  report.indicators = indicatorResults(read);
  report.counts = findings.counts();
  return report;
}

/** Results are shared between rows with the same text: treat them as read-only. A column cycles
 *  through a few texts: the last RECENT are compared first (no hashing), then the map. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  const keys: (string | undefined)[] = new Array(RECENT).fill(undefined);
  const values: T[] = new Array(RECENT);
  let next = 0;
  return (text) => {
    for (let s = 0; s < RECENT; s++) if (keys[s] === text) return values[s]!;
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      if (cache.size < 5000) cache.set(text, v);
    }
    keys[next] = text;
    values[next] = v;
    next = next + 1 === RECENT ? 0 : next + 1;
    return v;
  };
}
const RECENT = 4;

/** Codes: well-formed, unique within their numbering scope, ascending. */
function checkCodes(read: RoadmapRead, findings: Findings, column: string | null): void {
  if (column === null) return;
  const seen = new Map<string, number>();
  const badCode = findings.kind("bad-code");
  const duplicate = findings.kind("duplicate-code");
  const outOfOrder = findings.kind("code-out-of-order");
  // the previous coded item's code and numbering scope (null before the first)
  let previousCode: string | null = null;
  let previousScope = "";
  for (const item of read.items) {
    if (!item.code) {
      if (item.badCode) findings.addKind(badCode, item.row, column, { text: item.badCode });
      else findings.addKind(badCode, item.row, column);
      continue;
    }
    const key = scopedCode(item, read);
    const first = seen.get(key);
    if (first !== undefined)
      findings.addKind(duplicate, item.row, column, { code: item.code, firstRow: first });
    else seen.set(key, item.row);
    const scope = key.slice(0, key.length - item.code.length);
    if (
      previousCode !== null &&
      previousScope === scope &&
      compareCodes(item.code, previousCode) <= 0 &&
      first === undefined
    ) {
      findings.addKind(outOfOrder, item.row, column, { code: item.code, previous: previousCode });
    }
    previousCode = item.code;
    previousScope = scope;
  }
}

function matchTemplate(
  raws: readonly RawItem[],
  report: Report,
  template: Template,
  findings: Findings,
): void {
  const read = {
    sections: report.sections.map((s) => ({ ...s, depth: s.code ? s.code.split(".").length - 1 : 0 })),
  };
  const sheet: Matchable[] = raws.map((r) => ({
    key: r.code ? scopedCode(r, read as RoadmapRead) : null,
    activity: r.text.activity ?? "",
  }));
  const match = matchItems(template.items, sheet);
  let required = 0;
  let present = 0;
  let done = 0;
  template.items.forEach((t, ti) => {
    const i = match[ti]!;
    if (i >= 0) report.items[i]!.templateCode = t.code;
    if (!t.required) return;
    required++;
    if (i < 0) {
      findings.add("missing-item", null, null, { code: t.code, activity: t.activity });
      return;
    }
    present++;
    if (report.items[i]!.state === "done") done++;
  });
  report.completion = { required, present, done };
}
