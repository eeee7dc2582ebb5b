// Times in a campaign's time zone, for exports (CSV text, XLSX date cells). Pure: Intl only, which
// workerd, Node and Apps Script V8 all have.

export const DEFAULT_TIME_ZONE = "Europe/Moscow";

/** Is `zone` an IANA time zone this runtime knows? */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(zone, f);
  }
  return f;
}

/** The wall-clock time in `zone` as a Date whose UTC fields carry it (what a spreadsheet cell shows). */
export function wallClock(iso: string, zone: string): Date {
  const parts: Record<string, number> = {};
  for (const p of formatOf(zone).formatToParts(new Date(iso))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return new Date(
    Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!),
  );
}

/** «21.05.2024 10:00» in `zone`. */
export function localText(iso: string, zone: string): string {
  const d = wallClock(iso, zone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/**
 * The instant (ms since epoch) when calendar day `day` (YYYY-MM-DD) ends in `zone`: the next local
 * midnight. A report received at or after it was received after that day there. The zone's offset
 * is read at that midnight, then again at the first guess, so a DST change on the day is honoured.
 */
export function dayEndsAt(day: string, zone: string): number {
  const midnight = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  const offsetAt = (ms: number) => wallClock(new Date(ms).toISOString(), zone).getTime() - ms;
  const first = midnight - offsetAt(midnight);
  return midnight - offsetAt(first);
}
