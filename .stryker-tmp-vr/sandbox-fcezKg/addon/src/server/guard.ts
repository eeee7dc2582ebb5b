// Every function the sidebar calls returns a Result: a thrown error would reach the browser as an
// opaque "ScriptError" with an English stack, so it is caught here and turned into a Russian message.
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { err, type Result } from "../../../shared/result.ts";

export function guard<T>(name: string, fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (e) {
    // Not `instanceof Error`: service exceptions need not share this realm's Error.
    const message = typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
    console.error(`${name}: ${message}`);
    return err("unexpected", fill(RU_UI.errors.unexpected, { message }));
  }
}
