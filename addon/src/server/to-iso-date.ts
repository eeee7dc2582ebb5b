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
