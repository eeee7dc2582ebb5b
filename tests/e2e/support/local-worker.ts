// The e2e tests' worker: scripts/support/local-worker.ts's `wrangler dev`, with users signed by the
// tests' own Google keys (a local JWKS and audience) instead of `npm run load`'s dev header.
import { type RootOrg, startWranglerDev } from "../../../scripts/support/local-worker.ts";

export { OFFLINE_ENV, type RootOrg } from "../../../scripts/support/local-worker.ts";

export interface LocalWorker {
  url: string;
  persistTo: string;
  /** everything wrangler printed, for failure messages */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  jwksUrl: string;
  audiences: string;
  persistTo?: string;
  root?: RootOrg;
  /** give up waiting for /health after this long */
  timeoutMs?: number;
}

export async function startLocalWorker(o: StartOptions): Promise<LocalWorker> {
  const w = await startWranglerDev({
    vars: { GOOGLE_JWKS_URL: o.jwksUrl, ALLOWED_AUDIENCES: o.audiences },
    persistTo: o.persistTo,
    root: o.root,
    timeoutMs: o.timeoutMs,
  });
  return { url: w.url(), persistTo: w.persistTo, output: w.output, stop: w.stop };
}
