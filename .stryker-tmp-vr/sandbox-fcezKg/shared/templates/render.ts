import type { Grid } from "../grid.ts";
import type { Period } from "../parse/period.ts";
import type { Role, Template } from "./model.ts";

export interface RenderedTemplate {
  grid: Grid;
  /** 1-based */
  titleRow: number;
  headerRow: number;
  sectionRows: number[];
  itemRows: number[];
  /** role of each column, left to right */
  roles: Role[];
  widths: number[];
  /** 1-based columns the school fills in (Факт, Статус, Подтверждение, Комментарий) */
  reportingColumns: number[];
  /** 1-based, or 0 when the template has no status column */
  statusColumn: number;
  deadlineColumn: number;
}

const REPORTING = new Set<Role>(["actual", "status", "proof", "comment"]);

/** «на 2020-2024 гг.» or «на 2023-2024 учебный год» for the title. */
export function periodLabel(period: Period | null): string {
  if (!period) return "";
  const y1 = period.start.slice(0, 4);
  const y2 = period.end.slice(0, 4);
  if (period.start.endsWith("-09-01") && period.end.endsWith("-08-31")) return `на ${y1}-${y2} учебный год`;
  return y1 === y2 ? `на ${y1} год` : `на ${y1}-${y2} гг.`;
}

/** The sheet a template becomes: title, header, section rows and the required items pre-filled,
 *  reporting columns left empty for the school. */
export function renderTemplate(
  template: Template,
  period: Period | null = template.period,
): RenderedTemplate {
  const roles = template.columns.map((c) => c.role);
  const width = roles.length;
  const blank = (): (string | number)[] => new Array(width).fill("");
  const title = template.title.replace("{period}", periodLabel(period)).replace(/\s+/g, " ").trim();
  const grid: Grid = [];
  const titleRow = blank();
  titleRow[0] = title;
  grid.push(
    titleRow,
    template.columns.map((c) => c.header),
  );
  const sectionRows: number[] = [];
  const itemRows: number[] = [];
  const at = (role: Role) => roles.indexOf(role);

  if (template.kind === "indicators") {
    for (const ind of template.indicators) {
      const row = blank();
      for (const role of ["criterion", "indicator", "method", "scale"] as const) {
        if (at(role) >= 0) row[at(role)] = ind[role];
      }
      grid.push(row);
      itemRows.push(grid.length);
    }
  } else {
    let lastSection: number | null = -1;
    for (const item of template.items) {
      if (item.section !== lastSection && item.section !== null) {
        const s = template.sections[item.section]!;
        const row = blank();
        if (at("code") >= 0 && s.code) row[at("code")] = s.code;
        row[Math.max(at("activity"), 0)] = s.title;
        grid.push(row);
        sectionRows.push(grid.length);
      }
      lastSection = item.section;
      const row = blank();
      const fields: Partial<Record<Role, string | undefined>> = {
        code: item.code,
        activity: item.activity,
        content: item.content,
        target: item.target,
        evidence: item.evidence,
        deadline: item.deadline,
        responsible: item.responsible,
      };
      for (const [role, value] of Object.entries(fields) as [Role, string | undefined][]) {
        if (value !== undefined && at(role) >= 0) row[at(role)] = value;
      }
      grid.push(row);
      itemRows.push(grid.length);
    }
  }
  return {
    grid,
    titleRow: 1,
    headerRow: 2,
    sectionRows,
    itemRows,
    roles,
    widths: template.columns.map((c) => c.width ?? 120),
    reportingColumns: roles.flatMap((r, i) => (REPORTING.has(r) ? [i + 1] : [])),
    statusColumn: at("status") + 1,
    deadlineColumn: at("deadline") + 1,
  };
}
