import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../../worker/src/index.ts";

export interface CallOptions {
  /** an API token or Google ID token sent as Bearer */
  token?: string;
  body?: unknown;
  /** raw body, sent as is (for bad JSON / size tests) */
  raw?: BodyInit;
  headers?: Record<string, string>;
  /** env overrides (e.g. DEV_AUTH) */
  env?: Partial<Cloudflare.Env>;
  host?: string;
}

/** One request through the Worker's real fetch handler with the test D1. */
export async function call(method: string, path: string, o: CallOptions = {}): Promise<Response> {
  const headers = new Headers(o.headers);
  if (o.token) headers.set("authorization", `Bearer ${o.token}`);
  let body: BodyInit | undefined = o.raw;
  if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`http://${o.host ?? "localhost"}${path}`, { method, headers, body });
  const ctx = createExecutionContext();
  // The test Request lacks the edge's incoming cf properties; the worker does not read them.
  const incoming = request as unknown as Request<unknown, IncomingRequestCfProperties>;
  const response = await worker.fetch(incoming, { ...env, ...o.env }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
