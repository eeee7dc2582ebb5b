import { createRemoteJWKSet, customFetch } from "jose";

// Google's key set through jose's remote JWKS: fetched with a timeout (a hanging key endpoint fails
// fast instead of stalling every sign-in), kept for `cacheMaxAgeMs`, and refetched on an unknown `kid`
// (Google rotated keys) at most once per cooldown, so random kids cannot flood Google or us.

export type GoogleKeys = ReturnType<typeof createRemoteJWKSet>;

export interface GoogleKeysOptions {
  /** abort the key set fetch after this long */
  timeoutMs?: number;
  /** least time between two fetches caused by unknown key ids */
  cooldownMs?: number;
  /** how long a fetched key set is used before it is fetched again */
  cacheMaxAgeMs?: number;
  fetch?: typeof fetch;
}

export const GOOGLE_KEYS_DEFAULTS = { timeoutMs: 3_000, cooldownMs: 30_000, cacheMaxAgeMs: 60 * 60 * 1000 };

export function googleKeys(url: string, options: GoogleKeysOptions = {}): GoogleKeys {
  const o = { ...GOOGLE_KEYS_DEFAULTS, ...options };
  return createRemoteJWKSet(new URL(url), {
    timeoutDuration: o.timeoutMs,
    cooldownDuration: o.cooldownMs,
    cacheMaxAge: o.cacheMaxAgeMs,
    ...(options.fetch ? { [customFetch]: options.fetch } : {}),
  });
}

// Module scope: the key set survives across requests in one isolate.
const sets = new Map<string, GoogleKeys>();

export function googleKeysFor(url: string): GoogleKeys {
  let keys = sets.get(url);
  if (!keys) {
    keys = googleKeys(url);
    sets.set(url, keys);
  }
  return keys;
}
