// HTTP for the load run: one request with timing, a bounded pool, percentiles.

export type Cell = string | number | boolean | null;

export interface Client {
  url: () => string;
  headers: (email: string) => Record<string, string>;
}

export interface Answer {
  /** 0 when the connection failed (the worker was down or died mid-request) */
  status: number;
  text: string;
  ms: number;
}

export async function request(
  client: Client,
  email: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(client.url() + path, {
      method,
      headers: {
        ...client.headers(email),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, text: String(error), ms: performance.now() - started };
  }
}

/** Runs `tasks` with at most `limit` in flight; once `stopped()` is true no further task starts. */
export async function pool<T>(
  tasks: (() => Promise<T>)[],
  limit: number,
  stopped: () => boolean = () => false,
): Promise<(T | undefined)[]> {
  const results: (T | undefined)[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length && !stopped()) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function expectOk(what: string, r: Answer, ...ok: number[]): void {
  if (!ok.includes(r.status)) throw new Error(`${what}: HTTP ${r.status} ${r.text.slice(0, 300)}`);
}
