// google.script.run as typed promises. Server functions return Results; a transport failure (the
// script timed out, the user lost their session) becomes a Result too, so views handle one shape.
import type { Result } from "../../../shared/result.ts";
import type { ServerApi } from "../server/sidebar-api.ts";

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

type Value<K extends keyof ServerApi> = ReturnType<ServerApi[K]> extends Result<infer T> ? T : never;

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<Result<Value<K>>> {
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<Value<K>>))
      .withFailureHandler((error) =>
        resolve({ ok: false, code: "transport", message: error?.message || String(error) }),
      );
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
