import type { Deadline } from "../parse/deadline.ts";
import { isTargetMet, parseActual, type Target } from "../parse/target.ts";
import type { Status } from "../templates/model.ts";
import { normalizeText } from "../text.ts";
import type { ItemState } from "./types.ts";

const URL_RE = /^https?:\/\/[^\s/?#.]+\.[^\s]+$/i;

/** Status as the school typed it → one of the template's statuses (case and ё do not matter);
 *  undefined when something is typed that is not in the list. */
export function statusReader(allowed: readonly string[]): (text: string) => Status | null | undefined {
  const known = new Map<string, Status>();
  for (const s of allowed) known.set(normalizeText(s), s as Status);
  // what each other text reads as (undefined: not a status), kept: a sheet types the same «Готово» or
  // «??» row after row, and each was lower-cased and trimmed again
  const typed = new Map<string, Status | undefined>();
  // and the last few texts asked, compared before any map (a status column cycles through a handful)
  const recentText: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  const recentStatus: (Status | undefined)[] = [undefined, undefined, undefined, undefined];
  let next = 0;
  return (text) => {
    if (!text) return null;
    for (let s = 0; s < 4; s++) if (recentText[s] === text) return recentStatus[s];
    let status = known.get(text);
    if (status === undefined) {
      if (typed.has(text)) status = typed.get(text);
      else {
        status = known.get(normalizeText(text).replace(/[.!]+$/, ""));
        if (typed.size < 1024) typed.set(text, status);
      }
    }
    recentText[next] = text;
    recentStatus[next] = status;
    next = (next + 1) & 3;
    return status;
  };
}

/** Every link in a proof cell must be a http(s) URL; at least one must be there. */
export function proofIsUrl(text: string): boolean {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => URL_RE.test(p));
}

export function itemState(
  status: Status | null,
  deadline: Deadline,
  asOf: string | null | undefined,
): ItemState {
  if (status === "выполнено") return "done";
  if (status === "отменено") return "cancelled";
  if (asOf && deadline.end && deadline.end < asOf) return "overdue";
  if (status === "не выполнено") return "failed";
  if (status === "в работе") return "in-progress";
  if (!deadline.end && !deadline.start) return "unscheduled";
  return "not-started";
}

export function targetMet(target: Target, actualText: string, year: number | null): boolean | null {
  if (!actualText) return null;
  return isTargetMet(target, parseActual(actualText), year);
}

const ERROR_VALUE = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)/;

/** Runs on every cell of the table: most are "" (charCodeAt(0) of "" is out of bounds, the slow way). */
export function isErrorValue(cell: unknown): cell is string {
  return typeof cell === "string" && cell !== "" && cell.charCodeAt(0) === 35 && ERROR_VALUE.test(cell);
}
