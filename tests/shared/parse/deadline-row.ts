// One «Срок» cell and what the contract says it means: the row shape and its check, shared by the
// deadline test tables (deadline, deadline-phrases, time-words, time-span-grammar).
import { expect } from "vitest";
import type { Deadline } from "../../../shared/parse/deadline.ts";
import { parseDeadline } from "../../../shared/parse/deadline.ts";
import type { Period } from "../../../shared/parse/period.ts";

export type Row = [
  text: string,
  period: Period | null,
  kind: Deadline["kind"],
  start: string | null,
  end: string | null,
  /** checked only when the row gives it */
  every?: Deadline["every"],
];

export function check([text, period, kind, start, end, every]: Row): void {
  const d = parseDeadline(text, period);
  expect({ kind: d.kind, start: d.start, end: d.end }).toEqual({ kind, start, end });
  if (every !== undefined) expect(d.every).toEqual(every);
  expect(d.text).toBe(text.trim());
}
