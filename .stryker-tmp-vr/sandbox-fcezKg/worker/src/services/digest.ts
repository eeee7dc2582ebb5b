import { rowRef } from "../../../shared/i18n/ru-summary.ts";
import type { Template } from "../../../shared/templates/model.ts";
import type { ItemRow } from "../db/rows.ts";

// The item states of one submission in a few hundred bytes, stored on the submission row so the
// summary reads one short row per organisation instead of every item row. The normalised
// submission_items rows stay the source for detail, history and diff.
//
// s: one character per template item (in template order) for its state, t: one per item for target
// met ("1" / "0" / "-"), x: sheet items outside the template that are overdue or miss their target,
// n: [template index, actual count, target count] where a number was given.

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

export function makeDigest(items: readonly ItemRow[], template: Template): string {
  const index = new Map(template.items.map((t, i) => [t.code, i]));
  const states = Array<string>(template.items.length).fill("m");
  const met = Array<string>(template.items.length).fill("-");
  const seen = new Set<number>();
  const digest: Digest = { s: "", t: "", x: [], n: [] };
  for (const item of items) {
    const i = item.template_code === null ? undefined : index.get(item.template_code);
    if (i === undefined || seen.has(i)) {
      // not a template item (or a second row for one): keep it only if the summary flags it
      if (item.state === "overdue" || item.target_met === 0) {
        digest.x.push([
          item.template_code ?? item.code ?? rowRef(item.row),
          STATE_CHARS[item.state] ?? "u",
          metChar(item.target_met),
        ]);
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
  return JSON.stringify(digest);
}

export function readDigest(text: string): Digest {
  try {
    const d = JSON.parse(text) as Partial<Digest>;
    return { s: d.s ?? "", t: d.t ?? "", x: d.x ?? [], n: d.n ?? [] };
  } catch {
    return { s: "", t: "", x: [], n: [] };
  }
}
