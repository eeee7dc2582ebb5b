import type { Role } from "../templates/model.ts";

// Header cells with typos («Меропрятие», «Ответсвенный», «Сорк»): the nearest common header by edit
// distance, when it is near enough. Only cells no synonym rule recognised come here.

/** the common headers a typo is read as, with their roles */
export const COMMON_HEADERS: ReadonlyArray<readonly [string, Role]> = [
  ["№ п/п", "code"],
  ["мероприятие", "activity"],
  ["наименование мероприятия", "activity"],
  ["срок", "deadline"],
  ["сроки", "deadline"],
  ["срок исполнения", "deadline"],
  ["срок реализации", "deadline"],
  ["ответственный", "responsible"],
  ["ответственные", "responsible"],
  ["ответственный исполнитель", "responsible"],
  ["исполнитель", "responsible"],
  ["результат", "evidence"],
  ["показатель", "target"],
  ["содержание деятельности", "content"],
  ["статус", "status"],
  ["подтверждение", "proof"],
  ["комментарий", "comment"],
  ["примечание", "comment"],
];

let rows: Int32Array[] = [0, 1, 2].map(() => new Int32Array(64));

/** Edit distance with swapped neighbours counting one («Сорки» → «сроки»), giving up (returning
 *  limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // three rows of the table, reused from call to call (header checks run on many table rows)
  if (rows[0]!.length < b.length + 1) rows = [0, 1, 2].map(() => new Int32Array(b.length + 1));
  let before = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  // a loop, not before.fill(): the builtin allocates on every call
  for (let j = 0; j <= b.length; j++) before[j] = 0;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      // by char code: a[i] of a Cyrillic letter makes a new string each time
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    // rotate the rows without an array literal (this runs per letter of a cell)
    const done = before;
    before = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length]!;
}

// Every row of a table without codes whose cells name two roles is read as a possible header, and its
// other cells are tried as typos: their distances to the common headers (which depend on the text only,
// not on the roles already taken) are kept per text.
const distanceCache = new Map<string, Int8Array>();

function distances(normalised: string, limit: number): Int8Array {
  let d = distanceCache.get(normalised);
  if (d === undefined) {
    if (distanceCache.size >= 4096) distanceCache.clear();
    d = new Int8Array(COMMON_HEADERS.length);
    for (let h = 0; h < COMMON_HEADERS.length; h++)
      d[h] = editDistance(normalised, COMMON_HEADERS[h]![0], limit);
    distanceCache.set(normalised, d);
  }
  return d;
}

/** The common header a normalised cell is a typo of, or null. One typo per five letters, at most two. */
export function nearestHeader(
  normalised: string,
  taken: (role: Role) => boolean,
): { role: Role; header: string } | null {
  const limit = Math.min(2, Math.floor(normalised.length / 5));
  if (limit === 0) return null;
  const d = distances(normalised, limit);
  let best = -1;
  for (let h = 0; h < COMMON_HEADERS.length; h++) {
    if (d[h]! > limit || taken(COMMON_HEADERS[h]![1])) continue;
    if (best < 0 || d[h]! < d[best]!) best = h;
  }
  return best < 0 ? null : { role: COMMON_HEADERS[best]![1], header: COMMON_HEADERS[best]![0] };
}

/** Could a normalised cell be read as a typo of some common header, whichever roles are taken? (A row of
 *  data is dismissed as a header on this, without the search.) */
export function mayBeTypo(normalised: string): boolean {
  if (normalised.length > 40) return false;
  const limit = Math.min(2, Math.floor(normalised.length / 5));
  if (limit === 0) return false;
  // by index: destructuring each entry made an iterator per header
  for (let h = 0; h < COMMON_HEADERS.length; h++)
    if (editDistance(normalised, COMMON_HEADERS[h]![0], limit) <= limit) return true;
  return false;
}
