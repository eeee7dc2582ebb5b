// Apps Script's UrlFetchApp.fetch is synchronous; Node's HTTP is not. A worker thread does the real
// request and posts the answer on a MessagePort, while the calling thread sleeps in Atomics.wait on a
// shared flag and then picks the message up with receiveMessageOnPort — a true blocking HTTP call.
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

export interface SyncRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface SyncResponse {
  status: number;
  headers: Record<string, string>;
  /** the body decoded as UTF-8 (a BOM stays, as U+FEFF) */
  body: string;
  /** the body exactly as sent: an XLSX, a CSV with its BOM */
  bytes: Uint8Array;
  ms: number;
}

// Plain JavaScript so the thread needs no TypeScript loader.
const THREAD = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", async ({ request, port, flag, timeoutMs }) => {
  const started = performance.now();
  let reply;
  try {
    const res = await fetch(request.url, {
      method: request.method.toUpperCase(),
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    reply = {
      status: res.status,
      headers: Object.fromEntries(res.headers),
      body: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
      bytes,
      ms: performance.now() - started,
    };
  } catch (e) {
    reply = { error: String(e && e.message ? e.message : e) };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

export class SyncHttp {
  private readonly worker = new Worker(THREAD, { eval: true });

  constructor(private readonly timeoutMs = 60_000) {
    // the thread must not keep a finished test process alive
    this.worker.unref();
  }

  /** Blocks the calling thread until the response (or a network error, thrown like UrlFetchApp). */
  request(request: SyncRequest): SyncResponse {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ request, port: port2, flag, timeoutMs: this.timeoutMs }, [port2]);
    const waited = Atomics.wait(flag, 0, 0, this.timeoutMs + 5_000);
    const message = receiveMessageOnPort(port1);
    port1.close();
    if (waited === "timed-out" || !message) throw new Error(`Exception: Timeout: ${request.url}`);
    const reply = message.message as SyncResponse | { error: string };
    if ("error" in reply) throw new Error(`Exception: Address unavailable: ${request.url} (${reply.error})`);
    return reply;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
