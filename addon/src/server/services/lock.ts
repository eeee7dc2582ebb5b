// Writes that must not interleave (two «Собрать сводку» clicks, highlight during restore) take the
// document lock; a second caller gets a Russian "busy" message instead of a half-written sheet.
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, type Result } from "../../../../shared/result.ts";

export function withDocumentLock<T>(fn: () => Result<T>): Result<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) return err("busy", RU_UI.errors.busy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
