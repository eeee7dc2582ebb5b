// Parsers of free Russian text found in roadmaps: dates, periods, deadlines, targets, responsible lists.
export type { IsoDate } from "./dates.ts";
export { compareIso, dayBefore, isoDate, isValidIso, monthEnd, parseDateCell } from "./dates.ts";
export type { Deadline, DeadlineKind, Every } from "./deadline.ts";
export { parseDeadline } from "./deadline.ts";
export type { Period } from "./period.ts";
export { findPeriod, parsePeriodOption } from "./period.ts";
export { parseResponsible } from "./responsible.ts";
export type { Actual, Target, TargetKind, TargetPoint } from "./target.ts";
export { isTargetMet, parseActual, parseTarget, targetValueFor } from "./target.ts";
