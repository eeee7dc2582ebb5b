import { normalizeText } from "../text.ts";

// Scales of the efficiency criteria (seed 002): percentage bands «100-80% 79-60% 59-40% 39% и ниже»,
// or a list of options «Имеется, эффективна Имеется, неэффективна Не имеется», «Положительная динамика …».

interface Band {
  label: string;
  min: number;
  max: number;
}

const BAND = /(\d{1,3})\s*[-–—]\s*(\d{1,3})\s*%|(\d{1,3})\s*%\s*и\s*(ниже|менее|выше|более)/g;

export function percentBands(scale: string): Band[] {
  const bands: Band[] = [];
  for (const m of scale.matchAll(BAND)) {
    if (m[1] !== undefined) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      bands.push({ label: m[0].replace(/\s+/g, ""), min: Math.min(a, b), max: Math.max(a, b) });
    } else {
      const v = Number(m[3]);
      const low = m[4] === "ниже" || m[4] === "менее";
      bands.push({ label: m[0].replace(/\s+/g, " "), min: low ? 0 : v, max: low ? v : 100 });
    }
  }
  return bands;
}

const OPTION_START =
  /[\s,;]+(?=(?:имеется|не_имеется|отсутствует|положительная|стабильная|отрицательная|участие|неучастие))/;

/** The band an actual value falls in, or the scale option it names; null when it fits none. */
export function bandFor(scale: string, actual: string): string | null {
  const a = actual.trim();
  if (!a) return null;
  const bands = percentBands(scale);
  if (bands.length) {
    const n = Number(a.replace(",", ".").replace(/[%\s]/g, ""));
    if (!Number.isFinite(n)) return null;
    const v = Math.round(n);
    for (const b of bands) if (v >= b.min && v <= b.max) return b.label;
    return null;
  }
  const na = normalizeText(a);
  const scaleText = normalizeText(scale);
  const options = (
    scaleText.includes("/")
      ? scaleText.split("/")
      : scaleText.replace(/не имеется/g, "не_имеется").split(OPTION_START)
  )
    .map((o) =>
      o
        .replace(/_/g, " ")
        .replace(/[,;\s-]+$/, "")
        .trim(),
    )
    .filter(Boolean);
  // the longest option the value starts with («имеется, эффективна» over «имеется»), else one it abbreviates
  let best: string | null = null;
  for (const o of options) {
    if (na.startsWith(o) && (best === null || o.length > best.length)) best = o;
  }
  return best ?? options.find((o) => o.startsWith(na)) ?? null;
}
