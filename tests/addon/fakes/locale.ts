// What Google Sheets does with a string written by setValue/setValues (the same as typing it), and
// how it shows a value, for the spreadsheet's locale and time zone. ru_RU is what Russian schools
// have: "1.1" becomes 1 January of this year, "1,5" the number 1.5, "12.05.2024" a date,
// "ИСТИНА" a boolean, "15%" 0.15. A date is stored as the instant of that local midnight.

export type Value = string | number | boolean | Date;

export interface Typed {
  value: Value;
  /** the number format Sheets picks for what it recognised ("" = automatic) */
  format: string;
}

/** Minutes east of UTC for `zone` at `at` (DST-aware, from the platform's time-zone data). */
export function zoneOffsetAt(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!m) return 0; // "GMT" alone: UTC
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The instant of a wall-clock time in `zone`. */
export function localInstant(zone: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = guess - zoneOffsetAt(zone, new Date(guess)) * 60_000;
  return new Date(guess - zoneOffsetAt(zone, new Date(first)) * 60_000);
}

/** Wall-clock fields of an instant in `zone`. */
export function localFields(zone: string, at: Date) {
  const d = new Date(at.getTime() + zoneOffsetAt(zone, at) * 60_000);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

function validDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Two-digit years as Sheets reads them: 00–29 → 20xx, 30–99 → 19xx. */
function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 30 ? 2000 + n : 1900 + n;
}

const TRUE_WORDS = new Set(["true", "истина"]);
const FALSE_WORDS = new Set(["false", "ложь"]);

/**
 * What a typed string becomes. Text that matches nothing stays the string as given. Supported:
 * booleans (TRUE/FALSE, ИСТИНА/ЛОЖЬ), numbers and percentages with the locale's decimal mark,
 * ISO dates (any locale), d.m[.yy[yy]] [hh:mm[:ss]] in ru_RU and m/d/yyyy in en_US.
 */
export function parseTyped(text: string, locale: string, zone: string, now = new Date()): Typed {
  const t = text.trim();
  const ru = locale.startsWith("ru");
  const lower = t.toLowerCase();
  if (TRUE_WORDS.has(lower)) return { value: true, format: "" };
  if (FALSE_WORDS.has(lower)) return { value: false, format: "" };

  const decimal = ru ? "," : "\\.";
  const num = new RegExp(`^([-+]?\\d+(?:${decimal}\\d+)?)(\\s?%)?$`).exec(t);
  if (num) {
    const n = Number(num[1]!.replace(",", "."));
    return num[2] ? { value: n / 100, format: "0%" } : { value: n, format: "" };
  }

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, mo, d)) return { value: localInstant(zone, y, mo, d), format: "yyyy-mm-dd" };
  }

  if (ru) {
    const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
    if (m) {
      const y = m[3] ? fullYear(m[3]) : localFields(zone, now).y;
      const [d, mo] = [Number(m[1]), Number(m[2])];
      const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
      if (validDay(y, mo, d) && h < 24 && mi < 60 && s < 60) {
        const format = m[4] ? "dd.mm.yyyy hh:mm:ss" : m[3] ? "dd.mm.yyyy" : "dd.mm";
        return { value: localInstant(zone, y, mo, d, h, mi, s), format };
      }
    }
  } else {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (m) {
      const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (validDay(y, mo, d)) return { value: localInstant(zone, y, mo, d), format: "m/d/yyyy" };
    }
  }
  return { value: text, format: "" };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A date in `zone` by a Java date pattern (Utilities.formatDate: MM month, mm minutes, HH hours). */
export function formatDatePattern(at: Date, zone: string, pattern: string): string {
  const f = localFields(zone, at);
  return pattern.replace(/yyyy|MM|M|dd|d|HH|H|mm|ss/g, (tok) => {
    switch (tok) {
      case "yyyy":
        return pad(f.y, 4);
      case "MM":
        return pad(f.mo);
      case "M":
        return String(f.mo);
      case "dd":
        return pad(f.d);
      case "d":
        return String(f.d);
      case "HH":
        return pad(f.h);
      case "H":
        return String(f.h);
      case "mm":
        return pad(f.mi);
      default:
        return pad(f.s);
    }
  });
}

/**
 * A date in `zone` by a Sheets number format ("dd.mm.yyyy hh:mm"): tokens are case-insensitive, and
 * m/mm means minutes right after an hour token or right before a seconds token, otherwise the month.
 */
export function formatSheetsDate(at: Date, zone: string, format: string): string {
  const f = localFields(zone, at);
  const tokens = [...format.matchAll(/yyyy|yy|dd|d|mm|m|hh|h|ss|s|[^a-z]+|[a-z]/gi)].map((m) => m[0]);
  const kinds = tokens.map((t) => t.toLowerCase()[0]);
  return tokens
    .map((tok, i) => {
      const t = tok.toLowerCase();
      const prev = kinds
        .slice(0, i)
        .reverse()
        .find((k) => /[ymdhs]/.test(k!));
      const next = kinds.slice(i + 1).find((k) => /[ymdhs]/.test(k!));
      switch (t) {
        case "yyyy":
          return pad(f.y, 4);
        case "yy":
          return pad(f.y % 100);
        case "dd":
          return pad(f.d);
        case "d":
          return String(f.d);
        case "hh":
          return pad(f.h);
        case "h":
          return String(f.h);
        case "ss":
          return pad(f.s);
        case "s":
          return String(f.s);
        case "mm":
        case "m": {
          const minutes = prev === "h" || next === "s";
          const n = minutes ? f.mi : f.mo;
          return t === "mm" ? pad(n) : String(n);
        }
        default:
          return tok;
      }
    })
    .join("");
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** The text a cell shows (getDisplayValues) for its value and number format. */
export function displayText(v: Value, format: string, locale: string, zone: string): string {
  const ru = locale.startsWith("ru");
  if (isDate(v)) {
    const pattern = format && format !== "@" ? format : ru ? "dd.mm.yyyy hh:mm:ss" : "m/d/yyyy h:mm:ss";
    return formatSheetsDate(v, zone, pattern);
  }
  if (typeof v === "boolean") return ru ? (v ? "ИСТИНА" : "ЛОЖЬ") : v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (format === "@") return String(v);
    const text = format.endsWith("%") ? `${Math.round(v * 100)}%` : String(v);
    return ru ? text.replace(".", ",") : text;
  }
  return v;
}
