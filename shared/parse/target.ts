// Targets («Показатель реализации») and the facts schools report against them.
// Seen in the documents: `1`, `22`, `1 22` (municipal and school level), `по факту`, `Не менее 10 %`,
// `2021-1 2022-2 2023-2 2024-2`, `2020 г.-20%; 2021 г.-40%`, `Имеется / отсутствует`.
import { normalizeText } from "../text.ts";

export type TargetKind = "count" | "levels" | "series" | "percent" | "fact" | "boolean" | "empty" | "unknown";
export interface TargetPoint {
  year: number;
  value: number;
  unit: "count" | "percent";
}
export interface Target {
  text: string;
  kind: TargetKind;
  value: number | null; // count or percent value; null otherwise
  min: boolean; // «не менее», «≥», «от»
  unit: "count" | "percent" | null;
  levels: number[] | null; // «1 22» → [1, 22] (municipal level, school level)
  series: TargetPoint[] | null; // «2021-1 2022-2 2023-2 2024-2», «2020 г.-20%; 2021 г.-40%»
}

export type Actual =
  | { kind: "number"; value: number; unit: "count" | "percent" | null }
  | { kind: "boolean"; value: boolean };

// «Факт.» with the full stop people put after a one-word cell, as «Имеется.»
const FACT_RE = /^(?:по\s+факту|фактическ|факт\.?$)/;
const BOOL_WORD =
  "(?:да|нет|не\\s+имеется|имеется|имеются|отсутствует|отсутствуют|отсутствие|есть|в\\s+наличии|наличие)";
const BOOL_RE = new RegExp(`^${BOOL_WORD}(?:\\s*[/,;.-]?\\s*${BOOL_WORD})*\\.?$`);
// «2021-1», «2020 г.-20%», «2023г-2», «2023год-1 конкурс», «2021: 5»
const POINT_RE =
  /((?:19|20|21)\d\d)\s*(?:г\.?\s*г\.?|гг\.?|годы|года|год|г\.?)?\s*[-:=]\s*(\d+(?:[.,]\d+)?)\s*(%|процент[а-я]*)?/g;
const LEVELS_RE = /^\d+(?:\s*[\s/]\s*\d+)+$/;
const LEVEL_SPLIT_RE = /[\s/]+/;
const MIN_RE = /^(?:не\s+менее|не\s+меньше|минимум|min|от|≥|>=|более|больше|свыше|>)\s*/;
const NUMBER_RE = /^(\d+(?:[.,]\d+)?)(?:\s*-\s*(\d+(?:[.,]\d+)?))?\s*(%|процент[а-я]*)?(.*)$/;
const DIGIT_RE = /\d/;

function num(text: string): number {
  return Number(text.replace(",", "."));
}

function blank(text: string, kind: TargetKind): Target {
  return { text, kind, value: null, min: false, unit: null, levels: null, series: null };
}

function parseSeries(s: string): TargetPoint[] | null {
  const points: TargetPoint[] = [];
  let from = 0;
  POINT_RE.lastIndex = 0;
  for (let m = POINT_RE.exec(s); m !== null; m = POINT_RE.exec(s)) {
    // whatever lies between the points («;», «образовательных события») carries no numbers
    if (DIGIT_RE.test(s.slice(from, m.index))) return null;
    const value = num(m[2]!);
    const percent = m[3] !== undefined;
    if (!percent && value >= 1900) return null; // «2020-2024» is a span of years, not a target
    points.push({ year: Number(m[1]), value, unit: percent ? "percent" : "count" });
    from = m.index + m[0].length;
  }
  if (points.length === 0 || DIGIT_RE.test(s.slice(from))) return null;
  return points;
}

export function parseTarget(text: string): Target {
  const trimmed = typeof text === "string" ? text.trim() : "";
  const s = normalizeText(trimmed);
  if (s === "") return blank(trimmed, "empty");
  if (FACT_RE.test(s)) return blank(trimmed, "fact");
  if (BOOL_RE.test(s)) return blank(trimmed, "boolean");
  if (LEVELS_RE.test(s)) {
    const levels = s.split(LEVEL_SPLIT_RE).map(Number);
    return { text: trimmed, kind: "levels", value: null, min: false, unit: "count", levels, series: null };
  }
  const series = parseSeries(s);
  if (series !== null) {
    const unit = series.every((p) => p.unit === "percent")
      ? "percent"
      : series.every((p) => p.unit === "count")
        ? "count"
        : null;
    return { text: trimmed, kind: "series", value: null, min: false, unit, levels: null, series };
  }
  const min = MIN_RE.exec(s);
  const rest = min === null ? s : s.slice(min[0].length);
  const m = NUMBER_RE.exec(rest);
  if (m === null || DIGIT_RE.test(m[4] ?? "")) return blank(trimmed, "unknown");
  const percent = m[3] !== undefined;
  if (!percent && m[2] !== undefined && num(m[1]!) >= 1900) return blank(trimmed, "unknown"); // years, not a target
  return {
    text: trimmed,
    kind: percent ? "percent" : "count",
    value: num(m[1]!),
    // «80-100%» asks for at least the lower bound
    min: min !== null || m[2] !== undefined,
    unit: percent ? "percent" : "count",
    levels: null,
    series: null,
  };
}

/** The value the target asks for in a given year (series → that year's point, else value / last level); null when not numeric. */
export function targetValueFor(
  target: Target,
  year: number | null,
): { value: number; unit: "count" | "percent" } | null {
  switch (target.kind) {
    case "series": {
      const series = target.series ?? [];
      // without a year the final point is the one the roadmap is heading for
      const point = year === null ? series[series.length - 1] : series.find((p) => p.year === year);
      return point === undefined ? null : { value: point.value, unit: point.unit };
    }
    case "count":
    case "percent":
      return target.value === null ? null : { value: target.value, unit: target.unit ?? "count" };
    case "levels": {
      const last = target.levels?.[target.levels.length - 1];
      return last === undefined ? null : { value: last, unit: "count" };
    }
    default:
      return null;
  }
}

const TRUE_RE = /^(?:да|есть|имеется|имеются|в\s+наличии|наличие|выполнено|\+)\.?$/;
const FALSE_RE = /^(?:нет|не\s+имеется|не\s+имеются|отсутствует|отсутствуют|отсутствие|не\s+выполнено)\.?$/;
const ACTUAL_RE = /^(?:около\s+|~\s*|≈\s*)?([+-]?\d+(?:[.,]\d+)?)\s*(%|процент[а-я]*)?\s*(.*)$/;
const ACTUAL_LEVELS_RE = /^\d+(?:\s+\d+)+$/;
const LETTER_RE = /[a-zа-я]/;
const INTEGER_RE = /^\d{1,15}$/;

/** Parse what a school wrote in «Факт»: "5", "5 шт.", "40%", "40,5 %", "да"/"имеется"/"нет"/"отсутствует" → {value, unit} | {bool} | null.
 *  A bare number has unit null (whatever the target counts); "1 22" (both levels) reads as its last number. */
export function parseActual(text: string | number): Actual | null {
  if (typeof text === "number")
    return Number.isFinite(text) ? { kind: "number", value: text, unit: null } : null;
  if (typeof text !== "string") return null;
  // most facts are plain integers: skip normalisation
  if (INTEGER_RE.test(text)) return { kind: "number", value: Number(text), unit: null };
  const s = normalizeText(text);
  if (s === "") return null;
  if (TRUE_RE.test(s)) return { kind: "boolean", value: true };
  if (FALSE_RE.test(s)) return { kind: "boolean", value: false };
  if (ACTUAL_LEVELS_RE.test(s)) {
    const parts = s.split(" ");
    return { kind: "number", value: Number(parts[parts.length - 1]), unit: null };
  }
  const m = ACTUAL_RE.exec(s);
  if (m === null) return null;
  const value = num(m[1]!);
  if (!Number.isFinite(value)) return null;
  const unit = m[2] !== undefined ? "percent" : LETTER_RE.test(m[3] ?? "") ? "count" : null;
  return { kind: "number", value, unit };
}

/** met / not met / cannot tell, comparing an actual against the target for that year (boolean target: «имеется» expected). */
export function isTargetMet(target: Target, actual: Actual | null, year: number | null): boolean | null {
  if (actual === null) return null;
  switch (target.kind) {
    case "boolean":
      return actual.kind === "boolean" ? actual.value : actual.value > 0;
    case "fact":
      // «по факту» asks for no number: any reported fact is the result
      return actual.kind === "boolean" ? actual.value : true;
    case "empty":
    case "unknown":
      return null;
  }
  const want = targetValueFor(target, year);
  if (want === null) return null;
  if (actual.kind === "boolean") {
    // «да» for a target of one document means the document exists; for 22 schools it says nothing
    if (want.value <= 0) return true;
    return want.value <= 1 ? actual.value : null;
  }
  if (actual.unit !== null && actual.unit !== want.unit) return null;
  return actual.value >= want.value;
}
