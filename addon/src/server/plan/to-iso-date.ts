// A Date from getValues is an instant; the cell meant a calendar day in the spreadsheet's zone.
// Shifting by that zone's offset and reading UTC fields gives the day the user typed, whatever
// zone the script itself runs in.
export function toIsoDate(date: Date, zoneOffsetMinutes: number): string {
  const shifted = new Date(date.getTime() + zoneOffsetMinutes * 60_000);
  const y = shifted.getUTCFullYear();
  const m = String(shifted.getUTCMonth() + 1).padStart(2, "0");
  const d = String(shifted.getUTCDate()).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${m}-${d}`;
}

/** An ISO instant as "dd.MM.yyyy HH:mm" at a fixed zone offset — pure, so a summary of 1,000 schools
 *  needs no per-row Utilities.formatDate call. */
export function formatLocal(iso: string, zoneOffsetMinutes: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + zoneOffsetMinutes * 60_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
