import type { RawItem, RoadmapRead } from "./types.ts";

/** «1», «2» restarted inside each unnumbered section (seed 002) are told apart by their section:
 *  the n-th top-level section prefixes them, so they line up with a template's «n.1», «n.2». */
export function scopedCode(item: RawItem, read: RoadmapRead): string {
  const code = item.code ?? "";
  if (code.includes(".") || item.section === null) return code;
  const section = read.sections[item.section]!;
  if (section.code !== null) return code;
  let ordinal = 0;
  for (let i = 0; i <= item.section; i++) if (read.sections[i]!.depth === 0) ordinal++;
  return `${ordinal}.${code}`;
}
