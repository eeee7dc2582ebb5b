// Expected failures travel as values with a stable code; thrown errors are bugs.
export type Ok<T> = { ok: true; value: T };
export type Err<E = string> = { ok: false; code: E; message: string; details?: unknown };
export type Result<T, E = string> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E>(code: E, message: string, details?: unknown): Err<E> =>
  details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
