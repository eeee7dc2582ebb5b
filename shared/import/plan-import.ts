import { cellText, columnLetter, type Grid } from "../grid.ts";
import type { Period } from "../parse/period.ts";
import { err, ok, type Result } from "../result.ts";
import type { RawItem } from "../roadmap/types.ts";
import { ROADMAP_TEXT_ROLES, type Role, type Template } from "../templates/model.ts";
import { pickTemplate } from "../templates/pick.ts";
import { type RenderedTemplate, renderTemplate } from "../templates/render.ts";
import { similarity, stems } from "../text.ts";
import { validateRead } from "../validate/index.ts";

// «Импорт из файла» / «Перенести в шаблон»: a school's own roadmap (a Word table, a CSV, a sheet in its
// own format) laid into the department's template. Items matched to template items fill that item's
// row (the template keeps its codes and wording; the school's deadline, responsible, status and the
// rest come across); the school's other items are kept, added at the end of their section; everything
// that could not be placed is listed. Pure: the add-on writes the result.

export interface ImportColumn {
  /** the source column's letter and header */
  column: string;
  header: string;
  /** the template column it goes to, or null when it is not imported */
  role: Role | null;
  target: string | null;
}

export interface ImportNote {
  kind: "added" | "missing";
  code: string | null;
  activity: string;
  /** 1-based source row of an added item; null for a template item the file lacks */
  row: number | null;
  /** the template section an added item went to (its title), null at the end of the table */
  section: string | null;
}

export interface ImportPlan {
  templateId: string;
  period: Period | null;
  /** the template as it will be written: rows, item rows (added ones included), section rows */
  rendered: RenderedTemplate;
  columns: ImportColumn[];
  matched: number;
  /** items the file has that the template does not, and required template items it lacks */
  notes: ImportNote[];
}

const SECTION_MATCH = 0.5;
/** columns whose text comes from the school's document (the template keeps code and activity) */
const FILLED: readonly Role[] = ROADMAP_TEXT_ROLES.filter((r) => r !== "activity");

export function planImport(
  source: Grid,
  templates: readonly Template[],
  wanted?: Template,
): Result<ImportPlan> {
  const pick = pickTemplate(source, wanted ? [wanted] : templates);
  const template = pick.template;
  const read = pick.read;
  if (!read.table || read.items.length === 0 || template.kind !== "roadmap") {
    return err("not-a-roadmap", "no roadmap table");
  }
  const period = read.period ?? template.period;
  const report = validateRead(source, read, template, { asOf: "2000-01-01", period });
  const rendered = renderTemplate(template, period);
  const roles = rendered.roles;
  const width = roles.length;

  // template item → the school's item matched to it
  const byTemplate = new Map<string, RawItem>();
  const matchedRaw = new Set<RawItem>();
  report.items.forEach((it, i) => {
    const raw = read.items[i];
    if (it.templateCode && raw && !byTemplate.has(it.templateCode)) {
      byTemplate.set(it.templateCode, raw);
      matchedRaw.add(raw);
    }
  });

  // the school's other items, grouped under the template section they belong to
  const sectionStems = template.sections.map((s) => stems(s.title));
  const sectionFor = (raw: RawItem): number | null => {
    const src = raw.section === null ? null : read.sections[raw.section];
    if (!src) return null;
    const byCode = src.code ? template.sections.findIndex((s) => s.code === src.code) : -1;
    if (byCode >= 0) return byCode;
    const mine = stems(src.title);
    let best: number | null = null;
    let score = SECTION_MATCH;
    sectionStems.forEach((st, k) => {
      const s = similarity(mine, st);
      if (s >= score) {
        score = s;
        best = k;
      }
    });
    return best;
  };
  const added = new Map<number | null, RawItem[]>();
  for (const raw of read.items) {
    if (matchedRaw.has(raw)) continue;
    const s = sectionFor(raw);
    const list = added.get(s);
    if (list) list.push(raw);
    else added.set(s, [raw]);
  }

  const rowOf = (raw: RawItem | null, base: readonly (string | number | boolean | null)[]) => {
    const row = [...base];
    for (let c = 0; c < width; c++) {
      const role = roles[c]!;
      if (!raw) continue;
      const text = raw.text[role];
      if ((FILLED.includes(role) || base[c] === "") && text) row[c] = text;
    }
    return row;
  };

  const lastRowOfSection = new Map<number, number>();
  template.items.forEach((t, k) => {
    if (t.section !== null) lastRowOfSection.set(t.section, rendered.itemRows[k]!);
  });
  const notes: ImportNote[] = [];
  const grid: Grid = [];
  const itemRows: number[] = [];
  const sectionRows: number[] = [];
  const itemIndex = new Map(rendered.itemRows.map((r, k) => [r, k]));
  const sectionIndex = new Set(rendered.sectionRows);
  const pushAdded = (section: number | null) => {
    for (const raw of added.get(section) ?? []) {
      const blank = new Array<string>(width).fill("");
      const row = rowOf(raw, blank);
      const codeCol = roles.indexOf("code");
      if (codeCol >= 0) row[codeCol] = raw.code ?? raw.badCode ?? "";
      grid.push(row);
      itemRows.push(grid.length);
      notes.push({
        kind: "added",
        code: raw.code,
        activity: raw.text.activity ?? "",
        row: raw.row,
        section: section === null ? null : template.sections[section]!.title,
      });
    }
  };
  rendered.grid.forEach((base, r) => {
    const k = itemIndex.get(r + 1);
    if (k === undefined) {
      grid.push([...base]);
      if (sectionIndex.has(r + 1)) sectionRows.push(grid.length);
      return;
    }
    const t = template.items[k]!;
    const raw = byTemplate.get(t.code) ?? null;
    grid.push(rowOf(raw, base));
    itemRows.push(grid.length);
    if (!raw && t.required) {
      notes.push({ kind: "missing", code: t.code, activity: t.activity, row: null, section: null });
    }
    if (t.section !== null && lastRowOfSection.get(t.section) === r + 1) pushAdded(t.section);
  });
  pushAdded(null);

  const header = source[read.table.headerRow - 1] ?? [];
  const cols = read.table.columns;
  const columns: ImportColumn[] = [];
  header.forEach((h, c) => {
    const text = cellText(h);
    if (!text) return;
    const role = (Object.keys(cols) as Role[]).find((r) => cols[r] === c) ?? null;
    const target = role ? (template.columns.find((tc) => tc.role === role)?.header ?? null) : null;
    columns.push({ column: columnLetter(c), header: text, role: target ? role : null, target });
  });

  return ok({
    templateId: template.id,
    period,
    rendered: { ...rendered, grid, itemRows, sectionRows },
    columns,
    matched: byTemplate.size,
    notes,
  });
}
